// Target: DefinitionFile::parse, the reader of NAME.connector.json (src/io/DefinitionFile.h).
// Checks: any bytes give a ReadResult without a crash, leak, undefined behaviour or hang; a result
// without a definition carries an error; a definition that loads is written (serialize) as text that
// loads again and is written the same way (what the designer saves, it opens).
#include "io/DefinitionFile.h"

#include "FuzzSupport.h"

using namespace cad;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const DefinitionFile::ReadResult read = DefinitionFile::parse(fuzz::bytes(data, size));
    for (const Diagnostic &d : read.diagnostics)
        (void)d.toString();
    if (!read.ok()) {
        CAD_FUZZ_CHECK(hasErrors(read.diagnostics), QStringLiteral("refused without an error"));
        return 0;
    }
    CAD_FUZZ_CHECK(!hasErrors(read.diagnostics), read.diagnostics.constFirst().toString());

    const QByteArray written = DefinitionFile::serialize(*read.definition);
    const DefinitionFile::ReadResult again = DefinitionFile::parse(written);
    CAD_FUZZ_CHECK(again.ok(), again.diagnostics.isEmpty() ? QString() : again.diagnostics.constFirst().toString());
    const QByteArray rewritten = DefinitionFile::serialize(*again.definition);
    CAD_FUZZ_CHECK(rewritten == written, fuzz::shown(QString::fromUtf8(written)) + QStringLiteral("\n  became\n") +
                                             fuzz::shown(QString::fromUtf8(rewritten)));
    return 0;
}
