#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Async TCP echo in CPython: the comparison for bench_net.

An asyncio echo server and `clients` client tasks in one process on 127.0.0.1, each client sending
`messages` 64-byte lines (63 bytes + "\n") one at a time and reading each echo back, as
socket.tcp_echo with server=async does. With --apart the server runs in a child process with its own
loop (two programs, as bench_net's "two loops" row). Prints one line:
"<loop> <round trips> <seconds> <per second>".

    python3 net_echo_asyncio.py [--uvloop] [--apart] [--clients 200] [--messages 500] [--size 64]
"""
import argparse
import asyncio
import multiprocessing
import sys
import time


async def handle(reader, writer):
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            writer.write(line)
            await writer.drain()
    finally:
        writer.close()


async def client(port, k, messages, size):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = f"client-{k} ".encode()
    line = (head + b"x" * size)[: size - 1] + b"\n"
    for _ in range(messages):
        writer.write(line)
        await writer.drain()
        back = await reader.readline()
        if back != line:
            raise RuntimeError("bad echo")
    writer.close()
    await writer.wait_closed()


async def main(args):
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    start = time.perf_counter()
    await asyncio.gather(*(client(port, k, args.messages, args.size) for k in range(1, args.clients + 1)))
    elapsed = time.perf_counter() - start
    server.close()
    await server.wait_closed()
    return elapsed


async def serve_forever(port_pipe):
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port_pipe.send(server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()


def server_process(port_pipe, use_uvloop):
    if use_uvloop:
        import uvloop

        uvloop.install()
    asyncio.run(serve_forever(port_pipe))


async def clients_only(args, port):
    start = time.perf_counter()
    await asyncio.gather(*(client(port, k, args.messages, args.size) for k in range(1, args.clients + 1)))
    return time.perf_counter() - start


def run_apart(args):
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=server_process, args=(theirs, args.uvloop), daemon=True)
    server.start()
    try:
        port = ours.recv()
        return asyncio.run(clients_only(args, port))
    finally:
        server.terminate()
        server.join()


def run():
    p = argparse.ArgumentParser()
    p.add_argument("--uvloop", action="store_true")
    p.add_argument("--apart", action="store_true")
    p.add_argument("--clients", type=int, default=200)
    p.add_argument("--messages", type=int, default=500)
    p.add_argument("--size", type=int, default=64)
    args = p.parse_args()
    name = "asyncio"
    if args.uvloop:
        try:
            import uvloop
        except ImportError:
            print("uvloop missing", file=sys.stderr)
            sys.exit(3)
        uvloop.install()
        name = "uvloop"
    elapsed = run_apart(args) if args.apart else asyncio.run(main(args))
    trips = args.clients * args.messages
    print(f"{name} {trips} {elapsed:.3f} {trips / elapsed:.0f}")


if __name__ == "__main__":
    run()
