# SPDX-License-Identifier: MIT
# core/aio: list a file here once it compiles (every area builds the same library).
target_sources(interleave_core PRIVATE
    aio/aio.h
    aio/taskcore.h
    aio/async.h
    aio/task.h
    aio/timerheap.h aio/timerheap.cpp
    aio/eventloop.h aio/eventloop.cpp
    aio/sleep.h
    aio/executor.h aio/executor.cpp
    aio/asyncsocket.h aio/asyncsocket.cpp
    aio/gather.h aio/gather.cpp
    aio/wait.h aio/wait.cpp
    aio/waitqueue.h
    aio/scopedacquire.h
    aio/asynclock.h aio/asynclock.cpp
    aio/asyncsemaphore.h aio/asyncsemaphore.cpp
    aio/asyncevent.h aio/asyncevent.cpp
    aio/asynccondition.h aio/asynccondition.cpp
    aio/asyncqueue.h aio/asyncqueue.cpp
    aio/asyncgenerator.h
)
