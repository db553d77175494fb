#!/usr/bin/env python3
"""Records Alertmanager webhook notifications for the live tests.

  webhook-recorder.py PORT OUT_FILE            serve on 127.0.0.1:PORT; one line per POST:
                                               "<path> <unix time> <body on one line>"
  webhook-recorder.py --first OUT_FILE PATH ALERTNAME [AFTER]
                                               prints "<unix time> <severity>" of the first firing
                                               notification of ALERTNAME received on PATH (at or
                                               after unix time AFTER); exit 1 when there is none
"""
import http.server
import json
import sys
import time


def first(out, path, alertname, after="0"):
    try:
        lines = open(out).read().splitlines()
    except FileNotFoundError:
        return 1
    for line in lines:
        p, t, body = line.split(" ", 2)
        if p != path or int(t) < int(after):
            continue
        for a in json.loads(body).get("alerts", []):
            if a.get("status") == "firing" and a.get("labels", {}).get("alertname") == alertname:
                print(t, a["labels"].get("severity", ""))
                return 0
    return 1


def serve(port, out):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            with open(out, "a") as f:
                f.write(f"{self.path} {time.time():.0f} {body.replace(chr(10), ' ')}\n")
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    http.server.HTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    if sys.argv[1] == "--first":
        sys.exit(first(*sys.argv[2:6]))
    serve(int(sys.argv[1]), sys.argv[2])
