// Targets fuzz_openapi_json, fuzz_openapi_yaml and fuzz_postman: the importers of OpenAPI 3.0/3.1 and
// Swagger 2.0 descriptions (JSON, YAML) and of Postman collections v2.0/v2.1, through Importer::importData,
// which tells the formats apart as it does for a user's file. The three differ in their corpus and
// dictionary (CMakeLists.txt). Checks (ImportCheck.h): no crash, leak, undefined behaviour or hang on any
// bytes; a refusal has a message and is not an I/O error; an imported definition has no secret values
// and saves as a definition file that opens again; the same for each other security scheme the source
// offers (--scheme).
#include "ImportCheck.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cad::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cad::fuzz::checkImport(cad::fuzz::bytes(data, size));
    return 0;
}
