// Build tool: renders an SVG icon as Qt's SVG icon engine renders it, to PNG or to raw pixels.
//   cad_render_icon ICON.svg OUT.png SIZE
//   cad_render_icon ICON.svg OUT-%1.argb SIZE SIZE...    (%1 is replaced by each size)
// PNG for the hicolor icon theme (packaging/). Raw pixels (.argb: premultiplied ARGB32, each pixel
// a little-endian 32-bit word, rows top to bottom, no header: the size is in the name) for the
// designer's own icons at the sizes its first frame draws (ui/): those then need no image reader
// (reading one PNG loads every image-format plugin), no SVG icon plugin and no SVG parser.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

namespace {
bool writeRaw(const QImage &image, const QString &path)
{
    QByteArray pixels;
    pixels.reserve(image.width() * image.height() * 4);
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            char word[4];
            qToLittleEndian(line[x], word);
            pixels.append(word, 4);
        }
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(pixels) == pixels.size();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QList<int> sizes;
    for (const QString &arg : args.mid(3)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            sizes.clear();
            break;
        }
        sizes.append(size);
    }
    const QString out = args.value(2);
    if (args.size() < 4 || sizes.isEmpty() || (sizes.size() > 1 && !out.contains(QLatin1String("%1")))) {
        QTextStream(stderr) << "usage: cad_render_icon ICON.svg OUT.png|OUT.argb SIZE\n"
                            << "       cad_render_icon ICON.svg OUT-%1.png|OUT-%1.argb SIZE SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        QTextStream(stderr) << "cannot read the SVG " << args.at(1) << '\n';
        return 1;
    }
    for (const int size : sizes) {
        // As QSvgIconEngine draws a pixmap: a transparent premultiplied image, the renderer's own hints.
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        const QString path = out.contains(QLatin1String("%1")) ? out.arg(size) : out;
        const bool raw = path.endsWith(QLatin1String(".argb"));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
            !(raw ? writeRaw(image, path) : image.save(path, "PNG"))) {
            QTextStream(stderr) << "cannot write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
