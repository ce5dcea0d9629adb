#include "common/Icons.h"

#include <QApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QResource>
#include <QStyle>
#include <QStyleOption>
#include <QtEndian>

#include <array>

namespace cad::Icons {

namespace {
// File names under :/icons/, in the order of the enum.
constexpr std::array names{
    "auth-designer", "new",     "add",      "remove", "duplicate", "edit",    "up",      "down",
    "error",         "warning", "required", "ok",     "eye",       "eye-off", "connect", "disconnect",
    "refresh",       "test",    "open",     "save",   "revert",    "undo",    "redo",    "more-horizontal",
    "more-vertical",
};
static_assert(names.size() == static_cast<std::size_t>(Icon::MoreVertical) + 1, "one file name per icon");

QString svgFile(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

// Draws an icon from the pixels rendered at build time for the size asked (ui/CMakeLists.txt,
// tools/render_icon.cpp), and from the SVG for any other size: the same pixels as Qt's SVG engine,
// without an image reader (reading one PNG loads every image-format plugin), the SVG icon plugin
// or an SVG parser for the sizes a window draws at 1x and 2x.
class RenderedIconEngine : public QIconEngine
{
public:
    explicit RenderedIconEngine(QString name)
        : m_name(std::move(name))
    {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (size.isEmpty())
            return {};
        const int side = size.width();
        if (size.height() != side)
            return svg().pixmap(size, 1.0, mode, state); // at 1.0: the size asked is in device pixels
        const QString rendered = QStringLiteral(":/icons/rendered/%1-%2.argb").arg(m_name).arg(side);
        const QString key = QStringLiteral("cad-icon:%1:%2:%3").arg(rendered).arg(int(mode)).arg(int(state));
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        const QResource resource(rendered);
        const QByteArray pixels = resource.isValid() ? resource.uncompressedData() : QByteArray();
        if (pixels.size() != qsizetype(side) * side * 4)
            return svg().pixmap(size, 1.0, mode, state);
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < side; ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < side; ++x)
                line[x] = qFromLittleEndian<quint32>(pixels.constData() + (qsizetype(y) * side + x) * 4);
        }
        pixmap = QPixmap::fromImage(std::move(image));
        if (mode != QIcon::Normal) {
            // As Qt's engines make the disabled, active and selected looks: from the style.
            QStyleOption option;
            option.palette = QApplication::palette();
            const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
            if (!generated.isNull())
                pixmap = generated;
        }
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // A picture of the device pixels the rectangle covers, drawn into it without scaling.
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, pixmap((QSizeF(rect.size()) * scale).toSize(), mode, state));
    }

    // Square pictures that scale to any size.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        const QString prefix = m_name + QLatin1Char('-');
        for (QDirIterator it(QStringLiteral(":/icons/rendered"), {prefix + QStringLiteral("*.argb")}); it.hasNext();) {
            const QString file = QFileInfo(it.next()).completeBaseName();
            const int side = file.mid(prefix.size()).toInt();
            if (side > 0)
                sizes.append(QSize(side, side));
        }
        std::sort(sizes.begin(), sizes.end(), [](const QSize &a, const QSize &b) { return a.width() < b.width(); });
        return sizes;
    }

    QString key() const override { return QStringLiteral("cad-rendered"); }
    QIconEngine *clone() const override { return new RenderedIconEngine(m_name); }

private:
    const QIcon &svg()
    {
        if (m_svg.isNull())
            m_svg = QIcon(svgFile(m_name));
        return m_svg;
    }

    QString m_name;
    QIcon m_svg; // Qt's SVG engine, made for the first size that was not rendered
};

// Lives as long as the application: icons hold pixmaps, which must go before the GUI does.
std::array<QIcon, names.size()> *cache = nullptr;

void dropCache()
{
    delete cache;
    cache = nullptr;
}
} // namespace

QIcon icon(Icon which)
{
    if (!cache) {
        cache = new std::array<QIcon, names.size()>;
        qAddPostRoutine(dropCache);
    }
    const auto i = static_cast<std::size_t>(which);
    QIcon &entry = (*cache)[i];
    if (entry.isNull())
        entry = QIcon(new RenderedIconEngine(QLatin1String(names[i])));
    return entry;
}

QString svgPath(Icon which)
{
    return svgFile(QLatin1String(names[static_cast<std::size_t>(which)]));
}

} // namespace cad::Icons
