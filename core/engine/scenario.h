// SPDX-License-Identifier: MIT
#pragma once

#include "engine/paramspec.h"

#include <QString>

namespace interleave {

class RunContext;

// One lesson: what runs, what it takes, what to notice. Implementations are stateless; run() may
// be called many times, from any thread, one run at a time per RunContext.
class Scenario {
public:
    virtual ~Scenario() = default;

    virtual QString id() const = 0; // "threads.race": an interface, never translated
    virtual QString category() const = 0; // "threads", "pool", "process", "async", "socket"
    virtual QString title() const = 0; // translated
    virtual QString summary() const = 0; // one line, translated
    virtual QString explanation() const = 0; // what to notice, translated; plain text paragraphs
    virtual QString pythonSnippet() const = 0; // the Python equivalent, written for this project
    virtual ParamSchema params() const = 0;

    // Runs on the runner's scenario thread, which is the run's main actor. Writes its facts with
    // ctx.outcome(). May throw Interrupted (the engine stopped the run); the engine handles it.
    virtual void run(RunContext& ctx) const = 0;
};

// Translated category title for the browser.
QString categoryTitle(const QString& category);

} // namespace interleave
