# The application servers behind Varnish (gunicorn, see docs/deploy.md). Replace or extend for your hosts; tests
# put a backend.vcl of their own earlier in varnishd's vcl_path.
backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/healthz";
        .interval = 2s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}
