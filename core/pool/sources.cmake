# SPDX-License-Identifier: MIT
# core/pool: list a file here once it compiles (every area builds the same library).
target_sources(interleave_core PRIVATE
    pool/future.h pool/future.cpp
    pool/futurewaiter.h pool/futurewaiter.cpp
    pool/workitem.h
    pool/workqueue.h pool/workqueue.cpp
    pool/executor.h pool/executor.cpp
    pool/ascompleted.h pool/ascompleted.cpp
    pool/cpuwork.h pool/cpuwork.cpp
    pool/gil.h pool/gil.cpp
    pool/poolchildentries.cpp
)
