# SPDX-License-Identifier: MIT
# List a file here once it compiles: other areas build the same library.
target_sources(interleave_core PRIVATE
    sync/waitable.h sync/waitable.cpp
    sync/waitnode.h
    sync/lockable.h
    sync/mutex.h sync/mutex.cpp
    sync/recursivemutex.h sync/recursivemutex.cpp
    sync/condition.h sync/condition.cpp
    sync/eventflag.h sync/eventflag.cpp
    sync/semaphore.h sync/semaphore.cpp
    sync/barrier.h sync/barrier.cpp
    sync/thread.h sync/thread.cpp
    sync/sharedvalue.h sync/sharedvalue.cpp
)
