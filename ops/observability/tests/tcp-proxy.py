#!/usr/bin/env python3
"""A TCP proxy that a test can cut and restore, to simulate a database outage without touching the
database server itself.

  tcp-proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT

Listens on 127.0.0.1:LISTEN_PORT and forwards every connection to TARGET_HOST:TARGET_PORT.
SIGUSR1 cuts: the listener is closed (new connections are refused) and every open connection is
closed. SIGUSR2 restores the listener. Prints "listening", "cut" and "restored" on stdout.
"""
import asyncio
import signal
import sys

LISTEN_PORT, TARGET_HOST, TARGET_PORT = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
open_writers = set()


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def handle(client_reader, client_writer):
    try:
        server_reader, server_writer = await asyncio.open_connection(TARGET_HOST, TARGET_PORT)
    except OSError:
        client_writer.close()
        return
    pair = (client_writer, server_writer)
    open_writers.update(pair)
    try:
        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))
    finally:
        open_writers.difference_update(pair)


async def main():
    loop = asyncio.get_running_loop()
    state = {"server": await asyncio.start_server(handle, "127.0.0.1", LISTEN_PORT, reuse_address=True)}
    print("listening", flush=True)

    def cut():
        if state["server"] is not None:
            state["server"].close()
            state["server"] = None
        for w in list(open_writers):
            w.transport.abort()
        open_writers.clear()
        print("cut", flush=True)

    async def restore():
        if state["server"] is None:
            state["server"] = await asyncio.start_server(handle, "127.0.0.1", LISTEN_PORT, reuse_address=True)
        print("restored", flush=True)

    loop.add_signal_handler(signal.SIGUSR1, cut)
    loop.add_signal_handler(signal.SIGUSR2, lambda: asyncio.ensure_future(restore()))
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, lambda: stop.done() or stop.set_result(None))
    loop.add_signal_handler(signal.SIGINT, lambda: stop.done() or stop.set_result(None))
    await stop


asyncio.run(main())
