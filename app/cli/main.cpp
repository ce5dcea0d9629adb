// auth-designer-cli: check, render and test connector definitions from a shell or CI job.
// Its output stays in English, whatever the locale, so that CI logs and scripts see stable text.
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QTextStream>

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
