"""A real HTTP webhook receiver for the end-to-end tests.

http.server in a thread on 127.0.0.1, with scriptable answers:
- script: a list of statuses for the next requests (500, 500, 500, then the
  default), or "hang" to hold a request without answering until release();
- down(seconds) / up(): stop listening (connections are refused) and start
  again on the same port;
- tls=(certfile, keyfile) serves https instead of http;
- every request is recorded with its headers, body and the status sent, and
  signatures are checked the Standard Webhooks way (verify()).
"""
import base64
import hashlib
import hmac
import http.server
import json
import ssl
import threading
import time


def signature(secret, msg_id, timestamp, body):
    """The Standard Webhooks v1 signature of body for secret."""
    key = base64.b64decode(secret[len("whsec_"):]) if secret.startswith("whsec_") else secret.encode()
    mac = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


class Request:
    def __init__(self, headers, body, status):
        self.time = time.monotonic()
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.body = body
        self.status = status

    @property
    def id(self):
        return self.headers.get("webhook-id")

    def json(self):
        return json.loads(self.body)


class Receiver:
    def __init__(self, default=200, script=(), retry_after=None, tls=None):
        self.default = default
        self.tls = tls
        self.script = list(script)
        self.retry_after = retry_after
        self.requests = []
        self.lock = threading.Lock()
        self.released = threading.Event()
        self.server = None
        self.thread = None
        self.port = None
        self.up()

    @property
    def url(self):
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}/hooks/tradewatch"

    def _handler(self):
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n)
                with receiver.lock:
                    status = receiver.script.pop(0) if receiver.script else receiver.default
                    req = Request(self.headers, body, status)
                    receiver.requests.append(req)
                if status == "hang":
                    receiver.released.wait(120)
                    return
                self.send_response(status)
                if receiver.retry_after is not None:
                    self.send_header("Retry-After", str(receiver.retry_after))
                self.send_header("Content-Length", "2")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b"ok")

        return Handler

    def up(self):
        """Listen (again, on the same port after down())."""
        addr = ("127.0.0.1", self.port or 0)
        deadline = time.monotonic() + 10
        while True:
            try:
                self.server = http.server.ThreadingHTTPServer(addr, self._handler())
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self.server.daemon_threads = True
        if self.tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*self.tls)
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def down(self):
        """Stop listening: connections are refused until up()."""
        self.server.shutdown()
        self.server.server_close()

    def release(self):
        """Let held ("hang") requests go."""
        self.released.set()

    def close(self):
        self.release()
        self.down()

    def all(self):
        with self.lock:
            return list(self.requests)

    def delivered(self):
        """Requests answered 2xx."""
        return [r for r in self.all() if isinstance(r.status, int) and 200 <= r.status < 300]

    def verify(self, secret, req, tolerance=300):
        """True if req carries a valid, fresh Standard Webhooks signature."""
        ts = req.headers.get("webhook-timestamp", "")
        if not ts.isdigit() or abs(int(ts) - time.time()) > tolerance:
            return False
        want = signature(secret, req.id, ts, req.body)
        return any(hmac.compare_digest(want, s) for s in req.headers.get("webhook-signature", "").split())
