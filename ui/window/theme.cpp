// SPDX-License-Identifier: MIT
#include "window/theme.h"

#include <QApplication>

namespace interleave {

void Theme::apply(Mode mode)
{
    switch (mode) {
    case Mode::System:
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::modeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xf5));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe6, 0xea));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbd, 0xc4));
    p.setColor(QPalette::Dark, QColor(0x8c, 0x93, 0x9c));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x55, 0x5c));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xc0));
    p.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0xa0, 0xa8));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x25, 0x27, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x35));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3c));
    p.setColor(QPalette::ToolTipText, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9c));
    p.setColor(QPalette::Text, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Button, QColor(0x30, 0x33, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x45, 0x49, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2d, 0x32));
    p.setColor(QPalette::Dark, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x7d, 0xdd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x6c, 0x72, 0x7a));
    return p;
}

} // namespace interleave
