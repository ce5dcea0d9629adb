# The layers of src/, each a folder and a static library cad_<folder>, with the layers each may use.
# This is the one place the architecture is written down: src/CMakeLists.txt builds the libraries
# from it, and cmake/CheckLayers.cmake refuses any #include that reaches a layer not listed here
# (upward or sideways), at configure time and as the test layers_are_respected.
#
#   core        results, origins, the redactor, logging
#   model       the connector definition, its rules (Validator) and the undoable document
#   io          files: atomic writes, the definition file format
#   request     what every API call sends (RequestAuthorizer, curl)
#   oauth       the OAuth 2.0 client, independent of the connector model
#   secrets     the keychain
#   connection  the design-time connection
#   exchange    OpenAPI / Postman import and export, discovery
#   inspect     the token inspector: JWTs decoded and verified, claims and scopes checked against
#               the design, RFC 7662 introspection
#   sandbox     the built-in OAuth 2.0 / OpenID sandbox provider and resource API on 127.0.0.1
#   templates   the provider templates (resources/templates): the gallery and `new --template`
#   cli         the command-line tool's commands (auth-designer-cli only, never the designer)
#
# Widgets (ui/, the library cad_widgets) may use every layer but cli; app/designer uses widgets,
# app/cli uses cli. No layer of src/ may include a widgets header or link Qt6::Widgets.
set(CAD_LAYERS core model io request oauth secrets connection exchange inspect sandbox templates cli)
set(CAD_LAYER_core_USES "")
set(CAD_LAYER_model_USES core)
set(CAD_LAYER_io_USES core model)
set(CAD_LAYER_request_USES core model)
set(CAD_LAYER_oauth_USES core)
set(CAD_LAYER_secrets_USES core model)
set(CAD_LAYER_connection_USES core model oauth request secrets)
set(CAD_LAYER_exchange_USES core io model)
set(CAD_LAYER_inspect_USES core model oauth exchange)
set(CAD_LAYER_sandbox_USES core model oauth)
set(CAD_LAYER_templates_USES core model io)
set(CAD_LAYER_cli_USES core model io request oauth secrets connection exchange inspect sandbox templates)
# What ui/ may use: every layer but the command line.
set(CAD_WIDGETS_USES core model io request oauth secrets connection exchange inspect sandbox templates)
