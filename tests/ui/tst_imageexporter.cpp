// SPDX-License-Identifier: MIT
#include "export/imageexporter.h"
#include "synthetictrace.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace interleave;
using namespace interleave::test;

class TestImageExporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void testPngSizeAndResolution_data();
    void testPngSizeAndResolution();
    void testSvgParses();
    void testPdfIsAPageOfThePictureSize();
    void testRangeChangesThePicture();
    void testErrors_data();
    void testErrors();
    void testFailureLeavesTheOldFile();
    void testNoPartialFileOnError();
    void testEmptyRun_data();
    void testEmptyRun();
    void testLessons_data();
    void testLessons();

private:
    QTemporaryDir m_dir;
    Trace m_trace;
};

void TestImageExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_trace = SyntheticTrace::semaphore();
}

void TestImageExporter::testPngSizeAndResolution_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("1600x900 at 96 dpi") << QSize(1600, 900) << 96.0 << QSize(1600, 900);
    QTest::newRow("800x600 at 192 dpi: twice the pixels") << QSize(800, 600) << 192.0 << QSize(1600, 1200);
    QTest::newRow("the smallest size") << QSize(200, 150) << 96.0 << QSize(200, 150);
}

void TestImageExporter::testPngSizeAndResolution()
{
    QFETCH(QSize, size);
    QFETCH(double, dpi);
    QFETCH(QSize, pixels);
    const QString path = m_dir.filePath(QStringLiteral("out.png"));
    ExportOptions o;
    o.size = size;
    o.dpi = dpi;
    QString error;
    QVERIFY2(ImageExporter::exportTrace(m_trace, path, o, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage img = reader.read();
    QCOMPARE(img.size(), pixels);
    QVERIFY(qAbs(img.dotsPerMeterX() - dpi / 0.0254) < 2);
    // Not a blank picture: the lanes' colours are there.
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 7) {
        for (int x = 0; x < img.width(); x += 7)
            colours.insert(img.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
}

void TestImageExporter::testSvgParses()
{
    const QString path = m_dir.filePath(QStringLiteral("out.svg"));
    ExportOptions o;
    o.size = QSize(1200, 700);
    QString error;
    QVERIFY2(ImageExporter::exportTrace(m_trace, path, o, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts > 10); // text stays text: searchable and sharp
    QSvgRenderer svg(path);
    QVERIFY(svg.isValid());
    QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 1200, 700));
}

void TestImageExporter::testPdfIsAPageOfThePictureSize()
{
    const QString path = m_dir.filePath(QStringLiteral("out.pdf"));
    ExportOptions o;
    o.size = QSize(1000, 600);
    QString error;
    QVERIFY2(ImageExporter::exportTrace(m_trace, path, o, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("%PDF"));
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 1000(\\.0+)? 600(\\.0+)?\\]"));
    QVERIFY2(box.match(QString::fromLatin1(data)).hasMatch(), data.left(2000).constData());
    QVERIFY(!data.contains("/Subtype /Image")); // vector, not a picture of a picture
}

void TestImageExporter::testRangeChangesThePicture()
{
    ExportOptions whole;
    whole.size = QSize(800, 500);
    ExportOptions part = whole;
    part.from = 1900 * ms;
    part.to = 2200 * ms;
    const QString a = m_dir.filePath(QStringLiteral("whole.png"));
    const QString b = m_dir.filePath(QStringLiteral("part.png"));
    QString error;
    QVERIFY2(ImageExporter::exportTrace(m_trace, a, whole, &error), qPrintable(error));
    QVERIFY2(ImageExporter::exportTrace(m_trace, b, part, &error), qPrintable(error));
    QVERIFY(QImage(a) != QImage(b));
    QCOMPARE(QImage(b).size(), QSize(800, 500));
}

void TestImageExporter::testErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("message");
    QTest::newRow("bmp") << QStringLiteral("x.bmp") << QSize(800, 600)
                         << QStringLiteral("unsupported format '.bmp': use .png, .svg or .pdf");
    QTest::newRow("no suffix") << QStringLiteral("picture") << QSize(800, 600) << QStringLiteral("has no file extension");
    QTest::newRow("too small") << QStringLiteral("x.png") << QSize(199, 150)
                               << QStringLiteral("picture size 199x150 is out of range: width 200 to 16384, height 150 to 16384");
    QTest::newRow("too tall") << QStringLiteral("x.svg") << QSize(800, 20000) << QStringLiteral("out of range");
    QTest::newRow("unwritable") << QStringLiteral("no-such-dir/x.pdf") << QSize(800, 600) << QStringLiteral("cannot write");
}

void TestImageExporter::testErrors()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(QString, message);
    ExportOptions o;
    o.size = size;
    QString error;
    QVERIFY(!ImageExporter::exportTrace(m_trace, m_dir.filePath(name), o, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestImageExporter::testFailureLeavesTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an earlier picture");
    }
    ExportOptions o;
    o.size = QSize(100, 100);
    QString error;
    QVERIFY(!ImageExporter::exportTrace(m_trace, path, o, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("an earlier picture"));
}

void TestImageExporter::testNoPartialFileOnError()
{
    // A directory where the file should go: QSaveFile cannot replace it, and nothing is left over.
    QDir dir(m_dir.filePath(QStringLiteral("partial")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    QVERIFY(dir.mkpath(QStringLiteral("taken.png")));
    ExportOptions o;
    QString error;
    QVERIFY(!ImageExporter::exportTrace(m_trace, dir.filePath(QStringLiteral("taken.png")), o, &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestImageExporter::testEmptyRun_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestImageExporter::testEmptyRun()
{
    // A run that recorded nothing (cancelled at once) still exports: a header and an empty axis.
    QFETCH(QString, suffix);
    TraceMeta meta;
    meta.scenario = QStringLiteral("threads.event");
    const Trace empty = Trace::build(meta, {}, {}, { QString() }, {});
    const QString path = m_dir.filePath(QStringLiteral("empty.") + suffix);
    QString error;
    QVERIFY2(ImageExporter::exportTrace(empty, path, ExportOptions(), &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 100);
}

void TestImageExporter::testLessons_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    QTest::newRow("threads.semaphore") << QStringLiteral("semaphore") << false;
    QTest::newRow("threads.race") << QStringLiteral("race") << false;
    QTest::newRow("threads.deadlock") << QStringLiteral("deadlock") << false;
    QTest::newRow("threads.deadlock, dark") << QStringLiteral("deadlock") << true;
}

void TestImageExporter::testLessons()
{
    // The pictures a newcomer must understand. Set INTERLEAVE_PREVIEW_DIR to keep them.
    QFETCH(QString, name);
    QFETCH(bool, dark);
    const Trace trace = name == u"semaphore" ? SyntheticTrace::semaphore()
        : name == u"race"                    ? SyntheticTrace::race()
                                             : SyntheticTrace::deadlock();
    const QString dir = qEnvironmentVariable("INTERLEAVE_PREVIEW_DIR", m_dir.path());
    ExportOptions o;
    o.dark = dark;
    QString error;
    for (const QString& suffix : ImageExporter::supportedSuffixes()) {
        const QString path = QDir(dir).filePath(QStringLiteral("h-ui-%1%2.%3").arg(name, dark ? QStringLiteral("-dark") : QString(), suffix));
        QVERIFY2(ImageExporter::exportTrace(trace, path, o, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
}

QTEST_MAIN(TestImageExporter)
#include "tst_imageexporter.moc"
