// SPDX-License-Identifier: MIT
#pragma once

// Everything of the event loop in one include.
#include "aio/async.h"
#include "aio/asyncsocket.h"
#include "aio/eventloop.h"
#include "aio/executor.h"
#include "aio/sleep.h"
#include "aio/task.h"
