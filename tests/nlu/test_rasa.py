import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from nlu.rasa import RasaBackend, from_rasa


class _FakeRasa(BaseHTTPRequestHandler):
    """Answers POST /model/parse as a Rasa 3 server does: the intent is whatever the test put in `answer`."""

    answer: dict = {}
    seen: list = []

    def do_POST(self):  # noqa: N802 (http.server naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _FakeRasa.seen.append((self.path, body))
        data = json.dumps({"text": body["text"], **_FakeRasa.answer}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def rasa_url():
    server = HTTPServer(("127.0.0.1", 0), _FakeRasa)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_rasa_answer_becomes_the_intent(pipeline, rasa_url):
    text = "I have a fever, can I see Dr Kim tomorrow?"
    _FakeRasa.answer = {
        "intent": {"name": "book_appointment", "confidence": 0.91},
        "intent_ranking": [{"name": "book_appointment", "confidence": 0.91}, {"name": "greet", "confidence": 0.05}],
        "entities": [{"entity": "doctor", "start": 26, "end": 32, "value": "kim", "extractor": "DIETClassifier"}],
    }
    parsed = RasaBackend(rasa_url, pipeline).parse(text)
    assert _FakeRasa.seen[-1] == ("/model/parse", {"text": text})
    assert parsed.intent.name == "book_appointment"
    assert [s.name for s in parsed.intent_ranking] == ["book_appointment", "greet"]
    assert parsed.lang == "en"  # local language id
    assert ("doctor", "Dr Kim", "kim") in [(e.type, e.text, e.value) for e in parsed.entities]  # Rasa's entity
    assert any(e.type == "symptom" and e.value == "fever" for e in parsed.entities)  # and the local lexicon


def test_local_red_flags_override_rasa(pipeline, rasa_url):
    _FakeRasa.answer = {"intent": {"name": "greet", "confidence": 0.99}, "intent_ranking": [], "entities": []}
    parsed = RasaBackend(rasa_url, pipeline).parse("I want to kill myself")
    assert parsed.red_flags
    assert parsed.intent.name == "emergency"


def test_server_down_falls_back_to_the_local_model(pipeline):
    backend = RasaBackend("http://127.0.0.1:9", pipeline, timeout=0.5)
    assert backend.parse("hello there").intent.name == "greet"
    backend.close()


def test_mapping_ignores_entities_outside_the_text():
    ranking, entities = from_rasa(
        "hi", {"intent": {"name": "greet", "confidence": 1}, "entities": [{"start": 5, "end": 9}]}
    )
    assert [s.name for s in ranking] == ["greet"]
    assert entities == []
