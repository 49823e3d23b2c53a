# SPDX-License-Identifier: MIT
# List a file here once it compiles: other areas build the same library.
target_sources(interleave_core PRIVATE
    sync/waitable.h
    sync/lockable.h
    sync/mutex.h
    sync/recursivemutex.h
    sync/condition.h
    sync/eventflag.h
    sync/semaphore.h
    sync/barrier.h
    sync/thread.h
    sync/sharedvalue.h
)
