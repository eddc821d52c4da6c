def test_home_page_serves_seeded_site(client, seeded):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Migration that works" in response.content.decode()
