// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QTextStream;

namespace interleave {

// The command line of DESIGN.md: list, run, render, --version, --help.
// Exit status: 0 done (a detected deadlock is an outcome), 2 bad usage or input, 1 internal failure.
class Cli {
public:
    enum Exit { Ok = 0, Internal = 1, Usage = 2 };

    // Whether argv asks for the command line rather than the window.
    static bool wantsCli(const QStringList& args);
    // Whether the command needs QtGui (rendering an image).
    static bool needsGui(const QStringList& args);
    static int run(const QStringList& args, QTextStream& out, QTextStream& err);

    static QString usage();

private:
    static int list(const QStringList& args, QTextStream& out, QTextStream& err);
    static int runScenario(const QStringList& args, QTextStream& out, QTextStream& err);
    static int render(const QStringList& args, QTextStream& out, QTextStream& err);
};

} // namespace interleave
