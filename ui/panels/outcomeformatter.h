// SPDX-License-Identifier: MIT
#pragma once

#include "trace/trace.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace interleave {

// Turns a run's outcome (the flat facts a scenario reports, see DESIGN.md) into sentences a
// person reads at a glance: "counter 3,412 of 4,000: 588 updates lost". Pure: no widgets, no
// state. Keys it does not know are shown as "key: value" so no fact is ever hidden.
class OutcomeFormatter {
    Q_DECLARE_TR_FUNCTIONS(OutcomeFormatter)

public:
    // `trace` supplies actor and resource names when the outcome refers to them by index, and what
    // each actor of a deadlock cycle waits for when the outcome does not say.
    static QStringList sentences(const QString& scenario, const QVariantMap& outcome, const Trace& trace);
    static QStringList sentences(const Trace& trace); // the trace's own scenario and outcome

    // A value in words: numbers with the locale's grouping, lists joined, booleans as yes/no. A list of
    // more than 8 numbers is summed up: "200 values, 26.0 – 26.7, median 26.4".
    static QString valueText(const QVariant& value);
    // A list whose order matters (completion, wake-up): more than 8 show the first 8 and how many follow.
    static QString orderText(const QVariant& value);
};

} // namespace interleave
