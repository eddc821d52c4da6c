"""How the API shows an article's speaker and topics to partner sites."""

from rest_framework import serializers


class PersonSerializer(serializers.Serializer):
    name = serializers.CharField(read_only=True)
    role = serializers.CharField(read_only=True)


class TopicSerializer(serializers.Serializer):
    name = serializers.CharField(read_only=True)
    slug = serializers.CharField(read_only=True)
