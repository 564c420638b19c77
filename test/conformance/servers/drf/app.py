"""A small Django REST Framework API on PostgreSQL for the conformance suite.

Two styles over one table of JSON documents:
- /v/<id>: the version in the body (`version`), a stale write answered 409 with the current
  document;
- /e/<id>: a strong ETag from the version, `If-Match` checked (412), a write without one
  refused (428), `If-None-Match: *` for creates;
- /n/<id>: no validator at all, and a `views` counter the server bumps on every GET (a field
  that changes on every read; a write keeps the server's count).
`title`, `owner` and `notes` go through DRF's CharField, which trims surrounding whitespace
(a trailing newline included), as a DRF serializer does by default.

Run: python3 app.py PORT PGHOST PGPORT (listens on 127.0.0.1 only).
"""
import sys

import django
from django.conf import settings

PORT, PGHOST, PGPORT = sys.argv[1], sys.argv[2], sys.argv[3]
settings.configure(
    DEBUG=False,
    SECRET_KEY="conformance-only",
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework"],
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "postgres",
            "USER": "ck",
            "HOST": PGHOST,
            "PORT": PGPORT,
        }
    },
    REST_FRAMEWORK={
        "DEFAULT_AUTHENTICATION_CLASSES": [],
        "DEFAULT_PERMISSION_CLASSES": [],
        "UNAUTHENTICATED_USER": None,
    },
)
django.setup()

from django.db import connection, transaction  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import serializers, status  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class DocSerializer(serializers.Serializer):
    """Known text fields validated (and trimmed) by DRF; every other key kept as sent."""

    title = serializers.CharField(required=False, allow_blank=True)
    owner = serializers.CharField(required=False, allow_blank=True)
    notes = serializers.CharField(required=False, allow_blank=True)

    def to_internal_value(self, data):
        if not isinstance(data, dict):
            raise serializers.ValidationError({"non_field_errors": ["Expected an object."]})
        known = super().to_internal_value(data)
        rest = {k: v for k, v in data.items() if k not in self.fields and k != "version"}
        return {**rest, **known}


def row(doc_id, lock=False):
    with connection.cursor() as cur:
        cur.execute(
            "SELECT version, body FROM docs WHERE id = %s" + (" FOR UPDATE" if lock else ""),
            [doc_id],
        )
        found = cur.fetchone()
    if found is None:
        return None
    import json

    body = found[1] if isinstance(found[1], dict) else json.loads(found[1])
    return {"version": found[0], "body": body}


def store(doc_id, version, body, create):
    import json

    with connection.cursor() as cur:
        if create:
            cur.execute("INSERT INTO docs (id, version, body) VALUES (%s, 1, %s)", [doc_id, json.dumps(body)])
        else:
            cur.execute(
                "UPDATE docs SET version = %s, body = %s WHERE id = %s",
                [version, json.dumps(body), doc_id],
            )


def etag(version):
    return f'"v{version}"'


class BodyVersionView(APIView):
    def get(self, request, doc_id):
        found = row(doc_id)
        if found is None:
            return Response({"detail": "Not found."}, status=404)
        return Response({**found["body"], "version": found["version"]})

    def put(self, request, doc_id):
        ser = DocSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        sent = request.data.get("version") if isinstance(request.data, dict) else None
        with transaction.atomic():
            found = row(doc_id, lock=True)
            if found is None:
                if sent is not None:
                    return Response({"detail": "Not found."}, status=404)
                store(doc_id, 1, ser.validated_data, create=True)
                return Response({**ser.validated_data, "version": 1}, status=201)
            if sent is None or sent != found["version"]:
                current = {**found["body"], "version": found["version"]}
                detail = "Already exists." if sent is None else "Version conflict."
                return Response({"detail": detail, "current": current}, status=409)
            version = found["version"] + 1
            store(doc_id, version, ser.validated_data, create=False)
        return Response({**ser.validated_data, "version": version})


class ETagView(APIView):
    def get(self, request, doc_id):
        found = row(doc_id)
        if found is None:
            return Response({"detail": "Not found."}, status=404)
        return Response(found["body"], headers={"ETag": etag(found["version"])})

    def put(self, request, doc_id):
        ser = DocSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        if_match = request.headers.get("If-Match")
        if_none_match = request.headers.get("If-None-Match")
        with transaction.atomic():
            found = row(doc_id, lock=True)
            if found is None:
                if if_match is not None:
                    return Response({"detail": "Precondition failed."}, status=412)
                store(doc_id, 1, ser.validated_data, create=True)
                return Response(ser.validated_data, status=201, headers={"ETag": etag(1)})
            if if_none_match == "*":
                return Response({"detail": "Already exists."}, status=412)
            if if_match is None:
                return Response({"detail": "If-Match is required."}, status=428)
            if if_match != etag(found["version"]):
                return Response({"detail": "Precondition failed."}, status=412)
            version = found["version"] + 1
            store(doc_id, version, ser.validated_data, create=False)
        return Response(ser.validated_data, headers={"ETag": etag(version)})


class CounterView(APIView):
    def get(self, request, doc_id):
        with transaction.atomic():
            found = row(doc_id, lock=True)
            if found is None:
                return Response({"detail": "Not found."}, status=404)
            body = {**found["body"], "views": int(found["body"].get("views", 0)) + 1}
            store(doc_id, found["version"], body, create=False)
        return Response(body)

    def put(self, request, doc_id):
        ser = DocSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        with transaction.atomic():
            found = row(doc_id, lock=True)
            views = int(found["body"].get("views", 0)) if found else 0
            body = {**ser.validated_data, "views": views}
            store(doc_id, (found or {"version": 0})["version"] + 1, body, create=found is None)
        return Response(status=204)


urlpatterns = [
    path("n/<str:doc_id>", CounterView.as_view()),
    path("v/<str:doc_id>", BodyVersionView.as_view()),
    path("e/<str:doc_id>", ETagView.as_view()),
]

if __name__ == "__main__":
    with connection.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS docs (id text PRIMARY KEY, version int NOT NULL, body jsonb NOT NULL)")
    from django.core.management import execute_from_command_line

    execute_from_command_line([sys.argv[0], "runserver", "--noreload", f"127.0.0.1:{PORT}"])
