// SPDX-License-Identifier: MIT
#include "cli.h"

#include "engine/registry.h"
#include "engine/runner.h"
#include "export/imageexporter.h"
#include "panels/outcomeformatter.h"
#include "trace/traceio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <limits>

namespace interleave {

namespace {

// Its strings' translation context, "Cli", for lupdate and for the lookup alike.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int fail(QTextStream& err, const QString& message, int code = Cli::Usage)
{
    err << QStringLiteral("interleave: ") << message << Qt::endl;
    return code;
}

QJsonValue paramJson(const ParamSpec& p)
{
    QJsonObject o;
    o[u"name"] = p.name;
    o[u"label"] = p.label;
    o[u"help"] = p.help;
    o[u"default"] = QJsonValue::fromVariant(p.defaultValue);
    switch (p.type) {
    case ParamSpec::Type::Int:
        o[u"type"] = QStringLiteral("int");
        o[u"min"] = qint64(p.min);
        o[u"max"] = qint64(p.max);
        break;
    case ParamSpec::Type::Double:
        o[u"type"] = QStringLiteral("double");
        o[u"min"] = p.min;
        o[u"max"] = p.max;
        break;
    case ParamSpec::Type::Bool:
        o[u"type"] = QStringLiteral("bool");
        break;
    case ParamSpec::Type::Enum:
        o[u"type"] = QStringLiteral("enum");
        o[u"choices"] = QJsonArray::fromStringList(p.choices);
        break;
    }
    if (!p.unit.isEmpty())
        o[u"unit"] = p.unit;
    return o;
}

QString defaultText(const ParamSpec& p)
{
    if (p.type == ParamSpec::Type::Enum)
        return p.choices.join(u'|') + QStringLiteral(" (") + p.defaultValue.toString() + u')';
    return p.defaultValue.toString();
}

// "1600x900" -> size; the exporter checks the range and says what is allowed.
bool parseSize(const QString& text, QSize* size)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,6})[xX](\\d{1,6})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    return true;
}

// Shared by run and render: checks --export/--size before any work is done.
bool exportOptions(const QCommandLineParser& parser, ExportOptions* options, QString* path, QString* error)
{
    if (parser.isSet(QStringLiteral("size"))) {
        if (!parseSize(parser.value(QStringLiteral("size")), &options->size)) {
            *error = CliText::tr("--size takes WIDTHxHEIGHT in pixels, e.g. 1600x900 (got '%1')")
                         .arg(parser.value(QStringLiteral("size")));
            return false;
        }
        if (options->size.width() < 200 || options->size.height() < 150 || options->size.width() > 16384
            || options->size.height() > 16384) {
            *error = CliText::tr("--size %1x%2 is out of range: width 200 to 16384, height 150 to 16384")
                         .arg(options->size.width())
                         .arg(options->size.height());
            return false;
        }
    }
    *path = parser.value(QStringLiteral("export"));
    if (!path->isEmpty()) {
        const QString suffix = QFileInfo(*path).suffix().toLower();
        if (!ImageExporter::supportedSuffixes().contains(suffix)) {
            *error = CliText::tr("cannot export to '%1': use a .png, .svg or .pdf file name").arg(*path);
            return false;
        }
    }
    return true;
}

QCommandLineOption exportOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("export"), QStringLiteral("e") },
        CliText::tr("Write the picture to FILE (.png, .svg or .pdf)."), QStringLiteral("FILE"));
}

QCommandLineOption sizeOption()
{
    return QCommandLineOption(
        QStringLiteral("size"), CliText::tr("Picture size in pixels (default 1600x900)."), QStringLiteral("WxH"));
}

bool parseOrFail(QCommandLineParser& parser, const QStringList& args, QTextStream& err, int* code)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        *code = fail(err, parser.errorText() + u'\n' + CliText::tr("Try 'interleave --help'."));
        return false;
    }
    return true;
}

} // namespace

QString Cli::usage()
{
    return CliText::tr("Usage:\n"
                       "  interleave                                   open the desktop app\n"
                       "  interleave list [--json]                     list the scenarios and their parameters\n"
                       "  interleave run ID [--set NAME=VALUE]... [--seed N] [--trace FILE.json]\n"
                       "                [--export FILE.png|.svg|.pdf] [--size WxH] [--json]\n"
                       "                                               run a scenario\n"
                       "  interleave render FILE.json --export FILE.png|.svg|.pdf [--size WxH]\n"
                       "                                               draw a saved trace\n"
                       "  interleave --version | --help\n"
                       "\n"
                       "Exit status: 0 when the run completed (a deadlock found is an outcome), 2 for bad\n"
                       "usage, an unknown scenario, a bad parameter or an invalid trace file, 1 for an\n"
                       "internal failure.\n");
}

bool Cli::wantsCli(const QStringList& args)
{
    if (args.size() < 2)
        return false;
    static const QStringList commands { QStringLiteral("list"), QStringLiteral("run"), QStringLiteral("render"),
        QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("help") };
    const QString& first = args.at(1);
    return commands.contains(first) || !first.startsWith(u'-');
}

bool Cli::needsGui(const QStringList& args)
{
    return args.size() > 1
        && (args.at(1) == u"render" || args.contains(QStringLiteral("--export")) || args.contains(QStringLiteral("-e"))
            || std::any_of(args.begin(), args.end(), [](const QString& a) { return a.startsWith(u"--export="); }));
}

int Cli::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = args.value(1);
    if (command == u"--version" || command == u"-v") {
        out << QStringLiteral("interleave ") << QStringLiteral(INTERLEAVE_VERSION) << Qt::endl;
        return Ok;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << usage();
        return Ok;
    }
    QStringList rest = args.mid(1); // the parser treats the first entry as the program name
    if (command == u"list")
        return list(rest, out, err);
    if (command == u"run")
        return runScenario(rest, out, err);
    if (command == u"render")
        return render(rest, out, err);
    return fail(err, CliText::tr("unknown command '%1'.").arg(command) + u'\n' + usage());
}

int Cli::list(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOption(json);
    int code = Ok;
    if (!parseOrFail(parser, args, err, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(
            err, CliText::tr("'list' takes no arguments (got '%1').").arg(parser.positionalArguments().join(u' ')));

    const auto& all = Registry::instance().all();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Scenario* s : all) {
            QJsonObject o;
            o[u"id"] = s->id();
            o[u"title"] = s->title();
            o[u"category"] = s->category();
            o[u"summary"] = s->summary();
            QJsonArray params;
            for (const ParamSpec& p : s->params())
                params.append(paramJson(p));
            o[u"params"] = params;
            array.append(o);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const Scenario* s : all) {
        out << s->id().leftJustified(22) << u' ' << s->title() << Qt::endl;
        QStringList params;
        for (const ParamSpec& p : s->params())
            params << p.name + u'=' + defaultText(p);
        if (!params.isEmpty())
            out << QString(23, u' ') << params.join(QStringLiteral("  ")) << Qt::endl;
    }
    return Ok;
}

int Cli::runScenario(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set"), CliText::tr("Set a parameter."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption seed(QStringLiteral("seed"), CliText::tr("Random seed (default 1)."), QStringLiteral("N"));
    const QCommandLineOption trace(
        QStringLiteral("trace"), CliText::tr("Write the trace (Chrome JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the run's summary as JSON."));
    parser.addOptions({ set, seed, trace, exportOption(), sizeOption(), json });
    int code = Ok;
    if (!parseOrFail(parser, args, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(err,
            CliText::tr(
                "'run' takes one scenario id, e.g. 'interleave run threads.race'; 'interleave list' shows them all."));

    const Scenario* scenario = Registry::instance().find(positional.first());
    if (!scenario)
        return fail(err,
            CliText::tr("unknown scenario '%1'; known: %2")
                .arg(positional.first(), Registry::instance().ids().join(QStringLiteral(", "))));

    RunRequest request;
    request.scenario = scenario->id();
    const ParamSchema schema = scenario->params();
    for (const QString& assignment : parser.values(set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return fail(err, CliText::tr("--set takes NAME=VALUE (got '%1')").arg(assignment));
        const QString name = assignment.left(eq);
        auto spec = std::find_if(schema.begin(), schema.end(), [&](const ParamSpec& p) { return p.name == name; });
        if (spec == schema.end()) {
            QStringList known;
            for (const ParamSpec& p : schema)
                known << p.name;
            return fail(err,
                CliText::tr("unknown parameter '%1' for %2; known: %3")
                    .arg(name, scenario->id(), known.join(QStringLiteral(", "))));
        }
        QString error;
        const auto value = spec->parse(assignment.mid(eq + 1), &error);
        if (!value)
            return fail(err, error);
        request.params.insert(name, *value);
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        request.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(err,
                CliText::tr("--seed takes a whole number from 0 to %1 (got '%2')")
                    .arg(std::numeric_limits<quint64>::max())
                    .arg(parser.value(seed)));
    }
    ExportOptions options;
    QString exportPath;
    QString error;
    if (!exportOptions(parser, &options, &exportPath, &error))
        return fail(err, error);
    const QString tracePath = parser.value(trace);
    if (parser.isSet(trace) && !tracePath.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return fail(err,
            CliText::tr("--trace writes Chrome trace JSON: give a file name ending in .json (got '%1')")
                .arg(tracePath));

    const Trace result = Runner::runBlocking(request, &error);
    if (!error.isEmpty())
        return fail(err, error);
    if (!tracePath.isEmpty() && !TraceIO::write(result, tracePath, &error))
        return fail(err, error, Internal);
    if (!exportPath.isEmpty() && !ImageExporter::exportTrace(result, exportPath, options, &error))
        return fail(err, error, Internal);

    const TraceMeta& meta = result.meta();
    if (parser.isSet(json)) {
        QJsonObject o;
        o[u"scenario"] = meta.scenario;
        o[u"params"] = QJsonObject::fromVariantMap(meta.params);
        // JSON numbers are exact up to 2^53; larger seeds travel as text.
        o[u"seed"]
            = meta.seed <= (quint64(1) << 53) ? QJsonValue(qint64(meta.seed)) : QJsonValue(QString::number(meta.seed));
        o[u"duration_us"] = double(meta.durationNs) / 1000.0;
        o[u"outcome"] = QJsonObject::fromVariantMap(meta.outcome);
        o[u"events"] = qint64(result.events().size());
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << meta.scenario << QStringLiteral(": ")
            << CliText::tr("%1 ms, %2 events").arg(double(meta.durationNs) / 1e6, 0, 'f', 1).arg(result.events().size())
            << Qt::endl;
        for (auto it = meta.outcome.cbegin(); it != meta.outcome.cend(); ++it) {
            const QVariant& v = it.value();
            const bool list = v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList;
            // Hundreds of values are summed up as the window does (an order is cut short, not summed
            // up); --json keeps every value.
            const bool order = it.key() == u"results" || it.key().endsWith(u"_order");
            const QString text = !list    ? v.toString()
                : v.toList().size() <= 32 ? v.toStringList().join(QStringLiteral(", "))
                : order                   ? OutcomeFormatter::orderText(v)
                                          : OutcomeFormatter::valueText(v);
            out << QStringLiteral("  ") << it.key() << QStringLiteral(": ") << text << Qt::endl;
        }
    }
    return Ok;
}

int Cli::render(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOptions({ exportOption(), sizeOption() });
    int code = Ok;
    if (!parseOrFail(parser, args, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(err, CliText::tr("'render' takes one trace file: interleave render FILE.json --export FILE.png"));
    if (!parser.isSet(QStringLiteral("export")))
        return fail(err, CliText::tr("'render' needs --export FILE.png|.svg|.pdf"));
    ExportOptions options;
    QString exportPath;
    QString error;
    if (!exportOptions(parser, &options, &exportPath, &error))
        return fail(err, error);
    const auto trace = TraceIO::read(positional.first(), &error);
    if (!trace)
        return fail(err, error);
    if (!ImageExporter::exportTrace(*trace, exportPath, options, &error))
        return fail(err, error, Internal);
    out << CliText::tr("wrote %1").arg(exportPath) << Qt::endl;
    return Ok;
}

} // namespace interleave
