#!/usr/bin/env python3
"""A minimal SMTP server for the live tests: accepts every message and keeps it (no relaying, no
TLS, no authentication; the standard library's smtpd is gone from Python 3.12).

  smtp-sink.py PORT OUT_DIR    serve on 127.0.0.1:PORT; each message becomes OUT_DIR/<n>.eml, its
                               first line "X-Rcpt-To: <recipients>" followed by the message as sent
"""
import os
import socketserver
import sys
import threading

counter = iter(range(1, 1_000_000))
counter_lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 live-app smtp-sink")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            verb = raw.decode("utf-8", "replace").strip().split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.reply("250-smtp-sink")
                self.reply("250 8BITMIME")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(raw.decode().split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                self.store(recipients, self.read_data())
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            elif verb in ("HELO", "RSET", "NOOP"):
                self.reply("250 OK")
            else:
                self.reply("502 not implemented")

    def read_data(self):
        lines = []
        while True:
            line = self.rfile.readline()
            if not line or line in (b".\r\n", b".\n"):
                return b"".join(lines)
            lines.append(line[1:] if line.startswith(b"..") else line)  # dot-stuffing (RFC 5321 4.5.2)

    def store(self, recipients, data):
        with counter_lock:
            n = next(counter)
        path = os.path.join(self.server.out_dir, f"{n}.eml")
        with open(path + ".tmp", "wb") as f:
            f.write(f"X-Rcpt-To: {','.join(recipients)}\r\n".encode() + data)
        os.rename(path + ".tmp", path)  # readers never see half a message


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    port, out_dir = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    with Server(("127.0.0.1", port), Session) as server:
        server.out_dir = out_dir
        server.serve_forever()


if __name__ == "__main__":
    main()
