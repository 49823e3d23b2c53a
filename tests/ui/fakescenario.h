// SPDX-License-Identifier: MIT
#pragma once

#include "engine/scenario.h"

namespace interleave {

// A scenario that only describes itself, for panels that list scenarios.
class FakeScenario : public Scenario {
public:
    FakeScenario(QString id, QString category, QString title, QString summary)
        : m_id(std::move(id))
        , m_category(std::move(category))
        , m_title(std::move(title))
        , m_summary(std::move(summary))
    {
    }
    QString id() const override { return m_id; }
    QString category() const override { return m_category; }
    QString title() const override { return m_title; }
    QString summary() const override { return m_summary; }
    QString explanation() const override { return QStringLiteral("Notice this.\n\nAnd that."); }
    QString pythonSnippet() const override { return QStringLiteral("import threading\n"); }
    ParamSchema params() const override { return {}; }
    void run(RunContext&) const override { }

private:
    QString m_id, m_category, m_title, m_summary;
};

} // namespace interleave
