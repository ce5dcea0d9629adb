// auth-designer-cli: check, render and test connector definitions from a shell or CI job.
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorAuthDesigner"));
    QCoreApplication::setApplicationName(QStringLiteral("auth-designer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cad::cli::Io io{out, err, [](const QString &name) {
                        const QByteArray value = qgetenv(name.toLocal8Bit().constData());
                        return qEnvironmentVariableIsSet(name.toLocal8Bit().constData()) ? QString::fromLocal8Bit(value)
                                                                                         : QString();
                    }};
    const int code = cad::cli::run(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return code;
}
