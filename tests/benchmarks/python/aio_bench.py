# SPDX-License-Identifier: MIT
"""The event-loop benchmark's programs in CPython's asyncio (or uvloop), for bench_aio to compare.

    python3 aio_bench.py switches N [--uvloop]      two tasks ping-ponging through sleep(0)
    python3 aio_bench.py sleepers N MS [--uvloop]   N tasks sleeping MS ms at once

Prints one JSON object: {"rate": switches per second} or {"extra_s": time beyond the sleep,
"rss_growth_mib": peak resident memory growth}.
"""
import asyncio
import json
import sys
import time


def rss_kib(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


async def pinger(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def switches(n):
    started = time.perf_counter()
    await asyncio.gather(pinger(n // 2), pinger(n // 2))
    return {"rate": n / (time.perf_counter() - started)}


async def sleeper(seconds):
    await asyncio.sleep(seconds)


async def sleepers(n, ms):
    started = time.perf_counter()
    await asyncio.gather(*(sleeper(ms / 1000) for _ in range(n)))
    return {"extra_s": time.perf_counter() - started - ms / 1000}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--uvloop" in sys.argv:
        import uvloop
        uvloop.install()
    if args[0] == "switches":
        result = asyncio.run(switches(int(args[1])))
    else:
        before = rss_kib("VmRSS")
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")  # resets the peak (VmHWM) to the current size
        except OSError:
            pass
        result = asyncio.run(sleepers(int(args[1]), float(args[2])))
        result["rss_growth_mib"] = (rss_kib("VmHWM") - before) / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
