// SPDX-License-Identifier: MIT
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestCli : public QObject {
    Q_OBJECT

private:
    struct Result {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Result interleave(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s); // the command line must work without a display
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(INTERLEAVE_BINARY), args);
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromLocal8Bit(p.readAllStandardError()) };
    }

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void testVersionAndHelp()
    {
        const Result v = interleave({ u"--version"_s });
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("interleave "));
        const Result h = interleave({ u"--help"_s });
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("interleave run ID"));
    }

    void testList()
    {
        const Result r = interleave({ u"list"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("threads.race"));
        QVERIFY(r.out.contains("increments=1000"));

        const Result j = interleave({ u"list"_s, u"--json"_s });
        QCOMPARE(j.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(j.out).array();
        QStringList ids;
        for (const auto& v : all)
            ids << v[u"id"].toString();
        for (const char* id : { "threads.start_join", "threads.daemon", "threads.race", "threads.lock", "threads.rlock",
                 "threads.condition", "threads.event", "threads.semaphore", "threads.deadlock" })
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        const auto race = std::find_if(all.begin(), all.end(), [](const QJsonValue& v) { return v[u"id"] == u"threads.race"_s; });
        const QJsonArray params = (*race)[u"params"].toArray();
        QCOMPARE(params.size(), 4);
        QCOMPARE(params[0][u"name"].toString(), u"threads"_s);
        QCOMPARE(params[0][u"default"].toInt(), 4);
    }

    void testBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown scenario") << QStringList { u"run"_s, u"threads.nope"_s }
                                          << u"unknown scenario 'threads.nope'; known: threads.start_join"_s;
        QTest::newRow("no scenario") << QStringList { u"run"_s } << u"'run' takes one scenario id"_s;
        QTest::newRow("unknown parameter") << QStringList { u"run"_s, u"threads.race"_s, u"--set"_s, u"bogus=1"_s }
                                           << u"unknown parameter 'bogus' for threads.race; known: threads, increments"_s;
        QTest::newRow("out of range") << QStringList { u"run"_s, u"threads.race"_s, u"--set"_s, u"threads=5000"_s }
                                      << u"'threads'"_s;
        QTest::newRow("not a number") << QStringList { u"run"_s, u"threads.race"_s, u"--set"_s, u"threads=many"_s }
                                      << u"'threads'"_s;
        QTest::newRow("bad choice") << QStringList { u"run"_s, u"threads.start_join"_s, u"--set"_s, u"wait=forever"_s }
                                    << u"join, sleep"_s;
        QTest::newRow("no equals") << QStringList { u"run"_s, u"threads.race"_s, u"--set"_s, u"threads"_s }
                                   << u"--set takes NAME=VALUE"_s;
        QTest::newRow("bad seed") << QStringList { u"run"_s, u"threads.race"_s, u"--seed"_s, u"-3"_s }
                                  << u"--seed takes a whole number"_s;
        QTest::newRow("bad size") << QStringList { u"run"_s, u"threads.race"_s, u"--export"_s, u"x.png"_s, u"--size"_s, u"10x10"_s }
                                  << u"out of range"_s;
        QTest::newRow("bad format") << QStringList { u"run"_s, u"threads.race"_s, u"--export"_s, u"x.bmp"_s }
                                    << u".png, .svg or .pdf"_s;
        QTest::newRow("unknown option") << QStringList { u"run"_s, u"threads.race"_s, u"--fast"_s } << u"fast"_s;
        QTest::newRow("render without export") << QStringList { u"render"_s, u"x.json"_s } << u"needs --export"_s;
        QTest::newRow("render missing file") << QStringList { u"render"_s, u"/nonexistent/x.json"_s, u"--export"_s, u"/tmp/x.png"_s }
                                             << u"/nonexistent/x.json"_s;
    }

    void testBadUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = interleave(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void testParameterMessageSaysWhatIsAllowed()
    {
        const Result r = interleave({ u"run"_s, u"threads.race"_s, u"--set"_s, u"threads=5000"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"1 to 1000"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"5000"_s), qPrintable(r.err));
    }

    void testRunWritesTraceAndPicture()
    {
        const QString trace = path(u"race.json"_s);
        const QString png = path(u"race.png"_s);
        const Result r = interleave({ u"run"_s, u"threads.race"_s, u"--set"_s, u"increments=200"_s, u"--seed"_s, u"7"_s,
            u"--trace"_s, trace, u"--export"_s, png, u"--size"_s, u"800x600"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary[u"scenario"].toString(), u"threads.race"_s);
        QCOMPARE(summary[u"seed"].toInt(), 7);
        QCOMPARE(summary[u"params"][u"increments"].toInt(), 200);
        const QJsonObject outcome = summary[u"outcome"].toObject();
        QCOMPARE(outcome[u"expected"].toInt(), 800);
        QCOMPARE(outcome[u"counter"].toInt() + outcome[u"lost"].toInt(), 800);
        QVERIFY(summary[u"duration_us"].toDouble() > 0);

        QImageReader reader(png);
        QCOMPARE(reader.size(), QSize(800, 600));

        // The saved trace renders again, to every format.
        const QString svg = path(u"race.svg"_s);
        QCOMPARE(interleave({ u"render"_s, trace, u"--export"_s, svg }).exitCode, 0);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        bool sawSvg = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"svg")
                sawSvg = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);

        const QString pdf = path(u"race.pdf"_s);
        QCOMPARE(interleave({ u"render"_s, trace, u"--export"_s, pdf }).exitCode, 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void testDeadlockIsAnOutcomeNotAnError()
    {
        const Result r = interleave({ u"run"_s, u"threads.deadlock"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject outcome = QJsonDocument::fromJson(r.out).object()[u"outcome"].toObject();
        QCOMPARE(outcome[u"deadlock"].toBool(), true);
        QCOMPARE(outcome[u"cycle"].toArray().size(), 2);
    }

    void testCorruptTraceIsRejected_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("this is not json");
        QTest::newRow("truncated") << QByteArray(R"({"traceEvents": [{"ph": "X", "ts": 1)");
        QTest::newRow("not an interleave trace") << QByteArray(R"({"traceEvents": []})");
    }

    void testCorruptTraceIsRejected()
    {
        QFETCH(QByteArray, content);
        const QString file = path(u"corrupt.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const QString out = path(u"corrupt.png"_s);
        const Result r = interleave({ u"render"_s, file, u"--export"_s, out });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"interleave: "_s), qPrintable(r.err));
        QVERIFY(r.err.size() > 20);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
