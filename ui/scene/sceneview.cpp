// SPDX-License-Identifier: MIT
#include "scene/sceneview.h"

#include "playback/playback.h"
#include "scene/scenepainter.h"
#include "scene/scenestyle.h"

#include <QPainter>
#include <QResizeEvent>

namespace interleave {

SceneView::SceneView(QWidget* parent)
    : QWidget(parent)
    , m_index(std::make_shared<const SceneIndex>())
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_anim.setStartValue(0.0);
    m_anim.setEndValue(1.0);
    m_anim.setDuration(250);
    m_anim.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_anim, &QVariantAnimation::valueChanged, this, &SceneView::step);
    relayout();
}

SceneView::~SceneView() = default;

void SceneView::setPlayback(Playback* playback)
{
    if (m_playback == playback)
        return;
    if (m_playback)
        disconnect(m_playback, nullptr, this, nullptr);
    m_playback = playback;
    if (!playback)
        return;
    connect(playback, &Playback::timeChanged, this, &SceneView::followTime);
    followTime(playback->time());
}

void SceneView::setTrace(const Trace& trace)
{
    if (m_index->isOf(trace))
        return;
    // A live run sends a longer trace every few frames (and the playback passes through 0 on the
    // way): tokens glide on from where they were last drawn rather than jump.
    const bool grows = !m_index->trace().actors().empty() && trace.actors().size() >= m_index->trace().actors().size();
    rememberShown();
    const std::vector<std::optional<QPointF>> seen = grows ? m_lastSeen : std::vector<std::optional<QPointF>> {};
    m_index = SceneIndex::shared(trace);
    m_snapshot = SceneSnapshot::at(*m_index, m_playback ? m_playback->time() : 0);
    relayout();
    m_lastSeen = seen;
    const auto& targets = m_layout.tokens();
    bool anyMove = false;
    for (std::size_t a = 0; a < targets.size() && a < m_lastSeen.size(); ++a) {
        if (targets[a].place != Place::Hidden && m_lastSeen[a]) {
            m_from[a] = *m_lastSeen[a];
            anyMove = anyMove || m_from[a] != targets[a].centre;
        }
    }
    if (anyMove && m_anim.duration() > 1) {
        m_shown = m_from;
        m_anim.start();
    }
}

void SceneView::rememberShown()
{
    const auto& tokens = m_layout.tokens();
    m_lastSeen.resize(tokens.size());
    for (std::size_t a = 0; a < tokens.size() && a < m_shown.size(); ++a) {
        if (tokens[a].place != Place::Hidden)
            m_lastSeen[a] = m_shown[a];
    }
}

const Trace& SceneView::trace() const
{
    return m_index->trace();
}

void SceneView::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    update();
}

void SceneView::setAnimationDuration(int ms)
{
    if (ms <= 0)
        m_anim.stop();
    m_anim.setDuration(std::max(1, ms));
}

QPointF SceneView::tokenPosition(int actor) const
{
    return actor >= 0 && std::size_t(actor) < m_shown.size() ? m_shown[std::size_t(actor)] : QPointF();
}

void SceneView::followTime(qint64 t)
{
    // Playback::setTrace announces a new trace through timeChanged only.
    if (m_playback && !m_index->isOf(m_playback->trace()))
        setTrace(m_playback->trace());
    setTime(t);
}

void SceneView::setTime(qint64 t)
{
    SceneSnapshot next = SceneSnapshot::at(*m_index, t);
    const bool moved = !next.samePicture(m_snapshot);
    m_snapshot = std::move(next);
    if (moved) {
        rememberShown();
        const std::vector<TokenPlace> before = m_layout.tokens();
        m_layout.place(m_snapshot);
        const auto& after = m_layout.tokens();
        m_from = m_shown;
        m_from.resize(after.size());
        bool anyMove = false;
        for (std::size_t a = 0; a < after.size(); ++a) {
            // A token that (re)appears comes from where it was last seen, or starts where it belongs.
            if (a >= before.size() || before[a].place == Place::Hidden)
                m_from[a] = a < m_lastSeen.size() && m_lastSeen[a] ? *m_lastSeen[a] : after[a].centre;
            anyMove = anyMove || m_from[a] != after[a].centre;
        }
        m_shown = m_from;
        m_anim.stop();
        if (anyMove && m_anim.duration() > 1) {
            m_anim.start();
        } else {
            for (std::size_t a = 0; a < after.size(); ++a)
                m_shown[a] = after[a].centre;
        }
    }
    update();
}

void SceneView::step(const QVariant& progress)
{
    const qreal k = progress.toReal();
    const auto& tokens = m_layout.tokens();
    for (std::size_t a = 0; a < tokens.size() && a < m_from.size() && a < m_shown.size(); ++a)
        m_shown[a] = m_from[a] + (tokens[a].centre - m_from[a]) * k;
    update();
}

void SceneView::relayout()
{
    m_anim.stop();
    m_lastSeen.clear(); // positions of another size mean nothing here
    m_layout = SceneLayout::frame(*m_index, QSizeF(size()));
    m_layout.place(m_snapshot);
    m_shown.clear();
    for (const TokenPlace& t : m_layout.tokens())
        m_shown.push_back(t.centre);
    m_from = m_shown;
    update();
}

void SceneView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void SceneView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (m_index->trace().isEmpty()) {
        // Before the first run: what will stand here, rather than empty areas and "t = 0 ns of 0 ns".
        p.fillRect(rect(), SceneStyle::background(m_dark));
        p.setPen(SceneStyle::mutedText(m_dark));
        QFont font = p.font();
        font.setPixelSize(13);
        p.setFont(font);
        p.drawText(rect().adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Here each thread, task and process of a run will stand, at what it waits for and inside what it "
               "holds.\nChoose a scenario and press Run (Ctrl+R)."));
        return;
    }
    SceneFrame f;
    f.index = m_index.get();
    f.snapshot = &m_snapshot;
    f.layout = &m_layout;
    f.positions = m_shown;
    f.dark = m_dark;
    ScenePainter::paint(p, f);
}

QImage SceneView::render(const Trace& trace, qint64 t, QSize size, bool dark, qreal devicePixelRatio)
{
    const SceneIndex index(trace);
    const SceneSnapshot snapshot = SceneSnapshot::at(index, t);
    SceneLayout layout = SceneLayout::frame(index, QSizeF(size));
    layout.place(snapshot);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter p(&image);
    SceneFrame f;
    f.index = &index;
    f.snapshot = &snapshot;
    f.layout = &layout;
    for (const TokenPlace& tp : layout.tokens())
        f.positions.push_back(tp.centre);
    f.dark = dark;
    ScenePainter::paint(p, f);
    p.end();
    return image;
}

QSize SceneView::sizeHint() const
{
    return { 720, 420 };
}

QSize SceneView::minimumSizeHint() const
{
    return { 240, 160 };
}

} // namespace interleave
