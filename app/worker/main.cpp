// SPDX-License-Identifier: MIT
// interleave-worker: the child process of the process.* scenarios. The engine spawns it with a control
// pipe and an event pipe (see core/process/wire.h); it runs one registered entry and exits.
#include "process/childcontext.h"

int main(int argc, char** argv)
{
    return interleave::workerMain(argc, argv);
}
