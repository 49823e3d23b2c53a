// SPDX-License-Identifier: MIT
#pragma once

// Everything of the event loop in one include.
#include "aio/async.h"
#include "aio/asynccondition.h"
#include "aio/asyncevent.h"
#include "aio/asyncgenerator.h"
#include "aio/asynclock.h"
#include "aio/asyncqueue.h"
#include "aio/asyncsemaphore.h"
#include "aio/asyncsocket.h"
#include "aio/eventloop.h"
#include "aio/executor.h"
#include "aio/gather.h"
#include "aio/sleep.h"
#include "aio/task.h"
#include "aio/wait.h"
