#include "cli/ImportCommand.h"

#include "cli/CommandSupport.h"
#include "exchange/DiscoveryFetcher.h"
#include "exchange/Importer.h"
#include "model/Validator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace cad::cli {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("cad::cli",
                                       "Create a definition from OpenAPI, Swagger or a Postman collection.");
}

int ImportCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption scheme(
        QStringLiteral("scheme"),
        QCoreApplication::translate("cad::cli", "Security scheme to import when the source has several."),
        QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cad::cli", "Write the definition to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QCoreApplication::translate("cad::cli", "Replace FILE if it exists."));
    const QCommandLineOption discover(
        QStringLiteral("discover"),
        QCoreApplication::translate("cad::cli", "OpenID Connect: read the authorization and token endpoints from the "
                                                "provider's discovery document (a network request)."));
    parser.addOptions({scheme, output, force, discover});
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 QCoreApplication::translate("cad::cli", "OpenAPI, Swagger or Postman file."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        io.err << QCoreApplication::translate("cad::cli", "Name exactly one source file.") << Qt::endl;
        return ExitUsage;
    }
    const QString source = parser.positionalArguments().first();
    const QString out = parser.value(output);
    // Refuse before the work (and without touching an existing file).
    if (!out.isEmpty() && out != QLatin1String("-") && QFileInfo::exists(out) && !parser.isSet(force))
        return writeOutput(out, QByteArray(), false, io);

    ImportErrorKind kind = ImportErrorKind::Invalid;
    Result<ImportResult> imported = Importer::importFile(source, {parser.value(scheme)}, &kind);
    if (!imported) {
        io.err << source << QStringLiteral(": ") << imported.error().toString() << Qt::endl;
        return kind == ImportErrorKind::Invalid ? ExitInvalid : ExitUsage;
    }
    ImportResult result = std::move(imported).value();

    // The discovery document is read only when asked: an import never touches the network by itself.
    if (result.discoveryUrl.isValid() && parser.isSet(discover)) {
        // The CLI's top-level loop: main() has not entered exec(), so this loop is not nested.
        DiscoveryFetcher fetcher;
        QEventLoop loop;
        QObject::connect(&fetcher, &DiscoveryFetcher::finished, &loop,
                         [&result, &loop](const QJsonObject &document, const QString &error) {
                             if (error.isEmpty())
                                 Importer::applyDiscovery(result, document);
                             else
                                 Importer::discoveryFailed(result, error);
                             loop.quit();
                         });
        fetcher.fetch(result.discoveryUrl);
        loop.exec();
    } else if (result.discoveryUrl.isValid()) {
        result.notes.append(
            QCoreApplication::translate("cad::cli", "The description uses OpenID Connect; its authorization and token "
                                                    "URLs are in the provider's discovery document, which was not "
                                                    "read. Run again with --discover to read the endpoints from %1, "
                                                    "or fill them in yourself.")
                .arg(result.discoveryUrl.toString(QUrl::RemoveUserInfo)));
    } else if (parser.isSet(discover)) {
        result.notes.append(QCoreApplication::translate("cad::cli", "--discover: the source names no OpenID Connect "
                                                                    "discovery document, so nothing was read."));
    }

    io.err << QCoreApplication::translate("cad::cli", "%1: %2, imported as %3%4.")
                  .arg(source, result.sourceFormat, authTypeDisplayName(result.definition.authType),
                       result.lossless ? QCoreApplication::translate("cad::cli", " (exactly as exported)") : QString())
           << Qt::endl;
    for (const QString &note : std::as_const(result.notes))
        io.err << QCoreApplication::translate("cad::cli", "note: ") << note << Qt::endl;
    for (const QString &warning : std::as_const(result.warnings))
        io.err << QCoreApplication::translate("cad::cli", "warning: ") << warning << Qt::endl;
    for (const Diagnostic &d : Validator::validate(result.definition)) {
        io.err << QCoreApplication::translate("cad::cli", "to do: ") << d.toString() << Qt::endl;
    }
    return writeOutput(out, DefinitionFile::serialize(result.definition), parser.isSet(force), io);
}

} // namespace cad::cli
