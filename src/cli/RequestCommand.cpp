#include "cli/RequestCommand.h"

#include "cli/CommandSupport.h"
#include "core/Redactor.h"
#include "request/RequestAuthorizer.h"

#include <QCoreApplication>

namespace cad::cli {

QString RequestCommand::summary() const
{
    return QCoreApplication::translate("cad::cli", "Print the request every API call sends, as a curl command.");
}

int RequestCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption resource(
        QStringLiteral("resource"),
        QCoreApplication::translate("cad::cli", "Path below the base URL (default: the test request's path)."),
        QStringLiteral("PATH"));
    const QCommandLineOption method(
        QStringLiteral("method"),
        QCoreApplication::translate("cad::cli", "HTTP method (default: the test request's method)."),
        QStringLiteral("METHOD"));
    const QCommandLineOption showSecrets(
        QStringLiteral("show-secrets"),
        QCoreApplication::translate("cad::cli", "Print secret values instead of %1.").arg(Redactor::Mask));
    parser.addOptions(valueOptions(QCoreApplication::translate(
        "cad::cli", "Value of a property (repeatable). For OAuth types, access_token=TOKEN.")));
    parser.addOptions({resource, method, showSecrets});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cad::cli", "Definition file."));
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        io.err << QCoreApplication::translate("cad::cli", "Name exactly one definition file.") << Qt::endl;
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().first();
    // access_token is a value too for the OAuth types: the post-authorization request carries it.
    const PreparedDefinition prepared =
        prepareDefinition(file, parser, SecretValues::Optional, AccessTokenValue::AcceptedForOAuth, io);
    if (!prepared.definition)
        return prepared.exitCode;
    const ConnectorDefinition &definition = *prepared.definition;
    const std::optional<QHash<QString, QString>> values = prepared.values;

    RequestAuthorizer::Options options;
    options.resource = parser.value(resource);
    options.method = parser.value(method);
    options.allowUncaptured = true; // {instance_url} and the like stay placeholders unless --set gives them
    const Result<AuthorizedRequest> request = RequestAuthorizer::authorize(definition, *values, options);
    if (!request) {
        io.err << request.error().toString() << Qt::endl;
        return ExitUsage;
    }
    CurlRenderer::Options render;
    render.showSecrets = parser.isSet(showSecrets);
    io.out << CurlRenderer::render(*request, render) << Qt::endl;
    return ExitOk;
}

} // namespace cad::cli
