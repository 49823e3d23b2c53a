#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates the window screenshots under Xvfb. Usage: docs/screenshots/make-window-shots.sh [BUILD_DIR]
# Needs xvfb-run and ImageMagick's convert (to keep each PNG near 100 KB).
set -e
build=${1:-build/dev}
tool="$build/tests/ui/interleave_windowshots"
out=$(dirname "$0")
cmake --build "$build" --target interleave_windowshots
shot() {
    name=$1
    shift
    xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" "$out/$name.png" "$@"
    convert "$out/$name.png" -dither None -colors 255 "PNG8:$out/$name.png"
}
shot window-semaphore threads.semaphore --at 0.3
shot window-deadlock threads.deadlock --at deadlock
shot window-race threads.race --at 0.5
shot window-pool-gil pool.gil --set mode=threads_gil --set work_ms=100 --at 0.5
shot window-process-pipe process.pipe --at 0.5
shot window-async-queue async.queue --set items=6 --at 0.4
shot window-socket-tcp_echo socket.tcp_echo --set clients=3 --at 0.6
