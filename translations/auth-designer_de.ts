<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cad::ApiCall</name>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The service redirected to %1, which was not followed: the credentials of this connection are sent only to %2.</source>
        <translation>Der Dienst hat nach %1 weitergeleitet; der Weiterleitung wurde nicht gefolgt: Die Anmeldedaten dieser Verbindung werden nur an %2 gesendet.</translation>
    </message>
    <message>
        <source>More than %1 redirects; the last one was not followed.</source>
        <translation>Mehr als %1 Weiterleitungen; der letzten wurde nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>cad::AtomicFile</name>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>cad::AuthType</name>
    <message>
        <source>OAuth 2.0 Authorization code</source>
        <translation>OAuth 2.0 Autorisierungscode</translation>
    </message>
    <message>
        <source>OAuth 2.0 Authorization code with PKCE</source>
        <translation>OAuth 2.0 Autorisierungscode mit PKCE</translation>
    </message>
    <message>
        <source>OAuth 2.0 Client credentials</source>
        <translation>OAuth 2.0 Client Credentials</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Personal Access Token</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
</context>
<context>
    <name>cad::BrowserLoader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not the sign-in browser</source>
        <translation>nicht der Anmeldebrowser</translation>
    </message>
    <message>
        <source>Sign in with the system browser instead, or reinstall the designer (the plugin belongs next to the program in plugins/ or in lib/auth-designer/plugins/).</source>
        <translation>Melden Sie sich stattdessen über den Systembrowser an, oder installieren Sie den Designer neu (das Plugin gehört neben das Programm in plugins/ oder in lib/auth-designer/plugins/).</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed.</source>
        <translation>Der eingebettete Anmeldebrowser (%1) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser could not be loaded: %1</source>
        <translation>Der eingebettete Anmeldebrowser konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>cad::BuiltinSchemas</name>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>The client ID of the app registered with the provider.</source>
        <translation>Die Client ID der beim Anbieter registrierten App.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The client secret of the app registered with the provider. Kept in the keychain.</source>
        <translation>Das Client Secret der beim Anbieter registrierten App. Wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Full URL of the provider&apos;s authorization endpoint, e.g. https://example.com/oauth/authorize.</source>
        <translation>Vollständige URL des Autorisierungsendpunkts des Anbieters, z. B. https://example.com/oauth/authorize.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Full URL of the provider&apos;s token endpoint, e.g. https://example.com/oauth/token.</source>
        <translation>Vollständige URL des Token-Endpunkts des Anbieters, z. B. https://example.com/oauth/token.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Space-separated scopes to request.</source>
        <translation>Durch Leerzeichen getrennte Scopes, die angefordert werden.</translation>
    </message>
    <message>
        <source>Refresh token URL</source>
        <translation>Refresh-Token-URL</translation>
    </message>
    <message>
        <source>Where tokens are refreshed. Empty: the token URL.</source>
        <translation>Wo Token aktualisiert werden. Leer: die Token-URL.</translation>
    </message>
    <message>
        <source>Token revoke URL</source>
        <translation>Token-Widerrufs-URL</translation>
    </message>
    <message>
        <source>RFC 7009 revocation endpoint, called when a connection is removed.</source>
        <translation>Widerrufsendpunkt nach RFC 7009; wird aufgerufen, wenn eine Verbindung entfernt wird.</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Seconds a token is assumed valid when the provider sends no expires_in.</source>
        <translation>Anzahl der Sekunden, die ein Token als gültig gilt, wenn der Anbieter kein expires_in sendet.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>A name that helps you recognise this connection.</source>
        <translation>Ein Name, an dem Sie diese Verbindung wiedererkennen.</translation>
    </message>
    <message>
        <source>Basic header</source>
        <translation>Basic-Header</translation>
    </message>
    <message>
        <source>On: client ID and secret go Base64-encoded in the Authorization header. Off: in the request body.</source>
        <translation>Ein: Client ID und Secret werden Base64-codiert im Authorization-Header gesendet. Aus: im Anfrage-Body.</translation>
    </message>
    <message>
        <source>OAuth2 PKCE Code Challenge Method</source>
        <translation>OAuth2-PKCE-Code-Challenge-Methode</translation>
    </message>
    <message>
        <source>S256 unless the provider only supports plain.</source>
        <translation>S256, es sei denn, der Anbieter unterstützt nur plain.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The user name of the account.</source>
        <translation>Der Benutzername des Kontos.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of the account.</source>
        <translation>Das Passwort des Kontos.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The API key from the service&apos;s settings page.</source>
        <translation>Der API-Schlüssel von der Einstellungsseite des Dienstes.</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Personal Access Token</translation>
    </message>
    <message>
        <source>A personal access token created in the service&apos;s settings.</source>
        <translation>Ein Personal Access Token, das in den Einstellungen des Dienstes erstellt wurde.</translation>
    </message>
    <message>
        <source>Access token field</source>
        <translation>Access-Token-Feld</translation>
    </message>
    <message>
        <source>JSON Pointer to the access token in the token response, such as /authed_user/access_token.</source>
        <translation>JSON Pointer auf das Access Token in der Token-Antwort, etwa /authed_user/access_token.</translation>
    </message>
    <message>
        <source>Refresh token field</source>
        <translation>Refresh-Token-Feld</translation>
    </message>
    <message>
        <source>JSON Pointer to the refresh token in the token response.</source>
        <translation>JSON Pointer auf das Refresh Token in der Token-Antwort.</translation>
    </message>
    <message>
        <source>Expires-in field</source>
        <translation>Feld der Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>JSON Pointer to the token&apos;s lifetime in the token response.</source>
        <translation>JSON Pointer auf die Gültigkeitsdauer des Tokens in der Token-Antwort.</translation>
    </message>
    <message>
        <source>Expires-in unit</source>
        <translation>Einheit der Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>The unit of the lifetime: seconds (RFC 6749) or milliseconds.</source>
        <translation>Die Einheit der Gültigkeitsdauer: Sekunden (RFC 6749) oder Millisekunden.</translation>
    </message>
    <message>
        <source>Expires-at field</source>
        <translation>Feld des Ablaufzeitpunkts</translation>
    </message>
    <message>
        <source>JSON Pointer to an absolute expiry (RFC 3339 or seconds since 1970), used when the response gives no lifetime.</source>
        <translation>JSON Pointer auf einen absoluten Ablaufzeitpunkt (RFC 3339 oder Sekunden seit 1970), verwendet, wenn die Antwort keine Gültigkeitsdauer nennt.</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>Token-Header</translation>
    </message>
    <message>
        <source>The header API calls carry the access token in, such as X-Shopify-Access-Token.</source>
        <translation>Der Header, in dem API-Aufrufe das Access Token senden, etwa X-Shopify-Access-Token.</translation>
    </message>
    <message>
        <source>Token prefix</source>
        <translation>Token-Präfix</translation>
    </message>
    <message>
        <source>The word before the access token in the header, such as Zoho-oauthtoken; empty: the token alone.</source>
        <translation>Das Wort vor dem Access Token im Header, etwa Zoho-oauthtoken; leer: nur das Token.</translation>
    </message>
    <message>
        <source>Token query parameter</source>
        <translation>Token-Query-Parameter</translation>
    </message>
    <message>
        <source>Send the access token as this query parameter of every API call instead of in a header.</source>
        <translation>Das Access Token als diesen Query-Parameter jedes API-Aufrufs senden statt in einem Header.</translation>
    </message>
    <message>
        <source>Scope separator</source>
        <translation>Scope-Trennzeichen</translation>
    </message>
    <message>
        <source>What separates the scopes in the authorization, token and refresh requests; a space unless the provider wants a comma.</source>
        <translation>Was die Scopes in Autorisierungs-, Token- und Aktualisierungsanfragen trennt; ein Leerzeichen, es sei denn, der Anbieter will ein Komma.</translation>
    </message>
    <message>
        <source>Response variables</source>
        <translation>Antwortvariablen</translation>
    </message>
    <message>
        <source>NAME=/pointer, one per line: the token response&apos;s value becomes {NAME} in the base URL and value templates.</source>
        <translation>NAME=/pointer, eine pro Zeile: der Wert der Token-Antwort wird zu {NAME} in der Basis-URL und in Wertvorlagen.</translation>
    </message>
</context>
<context>
    <name>cad::ChangeAuthTypeCommand</name>
    <message>
        <source>Change authentication type to %1</source>
        <translation>Authentifizierungstyp in %1 ändern</translation>
    </message>
</context>
<context>
    <name>cad::ConnectionController</name>
    <message>
        <source>Secret values could not be read from the keychain: %1 Enter them in the properties table.</source>
        <translation>Geheime Werte konnten nicht aus dem Schlüsselbund gelesen werden: %1 Geben Sie sie in der Eigenschaftentabelle ein.</translation>
    </message>
    <message>
        <source>The secret values could not be kept in the keychain: %1 Enter them again after reopening the file.</source>
        <translation>Die geheimen Werte konnten nicht im Schlüsselbund gespeichert werden: %1 Geben Sie sie nach dem erneuten Öffnen der Datei noch einmal ein.</translation>
    </message>
    <message>
        <source>Send a Stored Secret to a New Origin?</source>
        <translation>Gespeicherten geheimen Wert an einen neuen Ursprung senden?</translation>
    </message>
    <message>
        <source>Yes remembers the new origin with the secret in the keychain.</source>
        <translation>„Ja“ merkt sich den neuen Ursprung zusammen mit dem geheimen Wert im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>cad::ConnectionPanel</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Re&amp;fresh Now</source>
        <translation>Jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>T&amp;rennen</translation>
    </message>
    <message>
        <source>Create the design-time connection with the current authentication</source>
        <translation>Entwurfszeitverbindung mit der aktuellen Authentifizierung herstellen</translation>
    </message>
    <message>
        <source>Send the test request with the connection</source>
        <translation>Testanfrage über die Verbindung senden</translation>
    </message>
    <message>
        <source>Refresh the access token now</source>
        <translation>Access Token jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Remove the connection and revoke its tokens</source>
        <translation>Verbindung entfernen und ihre Token widerrufen</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation>Token läuft ab:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>in %1 min %2 s</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Sign in with the s&amp;ystem browser</source>
        <translation>Mit dem S&amp;ystembrowser anmelden</translation>
    </message>
    <message>
        <source>Copy the redirect URI to register with the provider</source>
        <translation>Redirect URI kopieren, um sie beim Anbieter zu registrieren</translation>
    </message>
    <message>
        <source>Open the sign-in page in your default browser instead of the designer&apos;s window (needed for Google)</source>
        <translation>Anmeldeseite in Ihrem Standardbrowser statt im Fenster des Designers öffnen (für Google erforderlich)</translation>
    </message>
    <message>
        <source>Redirect URI: %1 — any port (RFC 8252)</source>
        <translation>Redirect URI: %1 — beliebiger Port (RFC 8252)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Copy Sign-in &amp;URL</source>
        <translation>Anmelde-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Nicht länger auf die Anmeldung warten</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s sign-in address, to open it in a browser yourself</source>
        <translation>Die Anmeldeadresse des Anbieters kopieren, um sie selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser…</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>The connection&apos;s name, from the connection label after a successful test</source>
        <translation>Der Name der Verbindung, aus der Verbindungsbezeichnung nach einem erfolgreichen Test</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Re&amp;hearse…</source>
        <translation>Durch&amp;spielen…</translation>
    </message>
    <message>
        <source>Rehearse the token lifecycle with the provider: expiry, refresh, rotation, reuse and revocation</source>
        <translation>Den Token-Lebenszyklus mit dem Anbieter durchspielen: Ablauf, Aktualisierung, Rotation, Wiederverwendung und Widerruf</translation>
    </message>
    <message>
        <source>I&amp;nspect</source>
        <translation>I&amp;nspizieren</translation>
    </message>
    <message>
        <source>Show the tokens, decoded and checked against the design (the Tokens tab)</source>
        <translation>Die Token anzeigen, decodiert und mit dem Design abgeglichen (Registerkarte „Token“)</translation>
    </message>
</context>
<context>
    <name>cad::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Authorizing…</source>
        <translation>Autorisierung läuft…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aktualisierung läuft…</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>Erneute Autorisierung erforderlich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No longer matches the design</source>
        <translation>Entspricht nicht mehr dem Entwurf</translation>
    </message>
</context>
<context>
    <name>cad::ConnectorDefinition</name>
    <message>
        <source>My connector</source>
        <translation>Mein Connector</translation>
    </message>
</context>
<context>
    <name>cad::ConnectorSettingsForm</name>
    <message>
        <source>acme-crm</source>
        <translation>acme-crm</translation>
    </message>
    <message>
        <source>Short identifier: lower-case letters, digits and dashes</source>
        <translation>Kurze Kennung: Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>Acme CRM</source>
        <translation>Acme CRM</translation>
    </message>
    <message>
        <source>https://{organization}.example.com/api/v1</source>
        <translation>https://{organization}.example.com/api/v1</translation>
    </message>
    <message>
        <source>Base URL of the API. {name} inserts the value of the property called name.</source>
        <translation>Basis-URL der API. {name} fügt den Wert der Eigenschaft mit dem Namen name ein.</translation>
    </message>
    <message>
        <source>What this connector gives access to</source>
        <translation>Worauf dieser Connector Zugriff gewährt</translation>
    </message>
    <message>
        <source>/me</source>
        <translation>/me</translation>
    </message>
    <message>
        <source>Connector &amp;key:</source>
        <translation>Connector-&amp;Kennung:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Test re&amp;quest:</source>
        <translation>Testan&amp;frage:</translation>
    </message>
    <message>
        <source>Test request path</source>
        <translation>Pfad der Testanfrage</translation>
    </message>
    <message>
        <source>What a good answer is: status codes, checks on the JSON answer, a time limit. The Test button and auth-designer-cli test hold the answer to it.</source>
        <translation>Was eine gute Antwort ist: Statuscodes, Prüfungen der JSON-Antwort, eine Zeitgrenze. Die Schaltfläche „Testen“ und auth-designer-cli test messen die Antwort daran.</translation>
    </message>
    <message>
        <source>{/email}</source>
        <translation>{/email}</translation>
    </message>
    <message>
        <source>The connection&apos;s name after a successful test: {/pointer} takes a field of the test answer, {name} a property&apos;s value, such as {/user/login} at {subdomain}</source>
        <translation>Der Name der Verbindung nach einem erfolgreichen Test: {/zeiger} übernimmt ein Feld der Testantwort, {name} den Wert einer Eigenschaft, etwa {/user/login} bei {subdomain}</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Erwartete Antwort</translation>
    </message>
    <message>
        <source>Connection &amp;label:</source>
        <translation>Verbindungs&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>Expect %1</source>
        <translation>Erwartet %1</translation>
    </message>
    <message>
        <source>1 check</source>
        <translation>1 Prüfung</translation>
    </message>
    <message>
        <source>%1 checks</source>
        <translation>%1 Prüfungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>cad::ConsoleController</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1 is not below the base URL %2, so it cannot be the test request.</source>
        <translation>%1 liegt nicht unterhalb der Basis-URL %2 und kann daher nicht die Testanfrage sein.</translation>
    </message>
    <message>
        <source>This is the test request already.</source>
        <translation>Dies ist bereits die Testanfrage.</translation>
    </message>
    <message>
        <source>Use %1 %2 as Test Request</source>
        <translation>%1 %2 als Testanfrage verwenden</translation>
    </message>
    <message>
        <source>The test request is now %1 %2 (Edit &gt; Undo puts the previous one back).</source>
        <translation>Die Testanfrage ist jetzt %1 %2 (Bearbeiten &gt; Rückgängig stellt die vorherige wieder her).</translation>
    </message>
    <message>
        <source>Its headers and body are not part of it: a test request has a method and a path only.</source>
        <translation>Ihre Header und ihr Body gehören nicht dazu: Eine Testanfrage hat nur eine Methode und einen Pfad.</translation>
    </message>
</context>
<context>
    <name>cad::CredentialDestinations</name>
    <message>
        <source>API requests</source>
        <translation>API-Anfragen</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>token requests</source>
        <translation>Token-Anfragen</translation>
    </message>
    <message>
        <source>token refresh</source>
        <translation>Token-Aktualisierung</translation>
    </message>
    <message>
        <source>token revocation</source>
        <translation>Token-Widerruf</translation>
    </message>
</context>
<context>
    <name>cad::CustomRequest</name>
    <message>
        <source>The JSON body is not valid JSON: %1 at character %2.</source>
        <translation>Der JSON-Body ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>Correct the body, or choose Raw to send it as it is.</source>
        <translation>Korrigieren Sie den Body, oder wählen Sie „Raw“, um ihn unverändert zu senden.</translation>
    </message>
    <message>
        <source>Line %1 of the form body has no name=value.</source>
        <translation>Zeile %1 des Formular-Bodys enthält kein name=value.</translation>
    </message>
    <message>
        <source>Write one field a line, as name=value.</source>
        <translation>Schreiben Sie ein Feld pro Zeile, als name=value.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: write Name: value.</source>
        <translation>„%1“ ist kein Header: Schreiben Sie Name: Wert.</translation>
    </message>
    <message>
        <source>A header name has letters, digits and dashes, followed by a colon and the value.</source>
        <translation>Ein Headername besteht aus Buchstaben, Ziffern und Bindestrichen, gefolgt von einem Doppelpunkt und dem Wert.</translation>
    </message>
    <message>
        <source>The value of the %1 header contains a line break or another control character.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <source>Remove it from the value.</source>
        <translation>Entfernen Sie es aus dem Wert.</translation>
    </message>
</context>
<context>
    <name>cad::DefinitionFile</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>Pflichtschlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; with %2.</source>
        <translation>Ergänzen Sie &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; was ignored</source>
        <translation>unbekannter Schlüssel „%1“ wurde ignoriert</translation>
    </message>
    <message>
        <source>Check the spelling (keys are case-sensitive); this version of Connector Auth Designer does not use this key.</source>
        <translation>Prüfen Sie die Schreibweise (bei Schlüsseln wird zwischen Groß- und Kleinschreibung unterschieden); diese Version von Connector Auth Designer verwendet diesen Schlüssel nicht.</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>Write the value in double quotes, for example &quot;text&quot;.</source>
        <translation>Schreiben Sie den Wert in doppelte Anführungszeichen, zum Beispiel „text“.</translation>
    </message>
    <message>
        <source>the text is too long (%1 characters; at most %2)</source>
        <translation>der Text ist zu lang (%1 Zeichen; höchstens %2)</translation>
    </message>
    <message>
        <source>Shorten it: no field of a connector definition needs more than 64 KiB.</source>
        <translation>Kürzen Sie ihn: Kein Feld einer Connector-Definition benötigt mehr als 64 KiB.</translation>
    </message>
    <message>
        <source>the text contains a NUL character</source>
        <translation>der Text enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>Remove the \u0000 escape from the text.</source>
        <translation>Entfernen Sie die Escape-Sequenz \u0000 aus dem Text.</translation>
    </message>
    <message>
        <source>a text value in double quotes</source>
        <translation>ein Textwert in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>Write true or false without quotes.</source>
        <translation>Schreiben Sie true oder false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>Write a number without quotes, such as 1.</source>
        <translation>Schreiben Sie eine Zahl ohne Anführungszeichen, etwa 1.</translation>
    </message>
    <message>
        <source>expected a whole number between %1 and %2</source>
        <translation>ganze Zahl zwischen %1 und %2 erwartet</translation>
    </message>
    <message>
        <source>%1 is out of range; write a whole number such as %2.</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs; schreiben Sie eine ganze Zahl wie %2.</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>einer der folgenden Werte erwartet: %1</translation>
    </message>
    <message>
        <source>Write the %1 as one of the listed ids, in double quotes.</source>
        <translation>Geben Sie den Wert für %1 als eine der aufgeführten IDs in doppelten Anführungszeichen an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known %2; use one of the listed ids (lower case).</source>
        <translation>„%1“ ist kein bekannter Wert für %2; verwenden Sie eine der aufgeführten IDs (in Kleinbuchstaben).</translation>
    </message>
    <message>
        <source>an object in braces: { ... }</source>
        <translation>ein Objekt in geschweiften Klammern: { ... }</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>Write an object in braces: { ... }.</source>
        <translation>Schreiben Sie ein Objekt in geschweiften Klammern: { ... }.</translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: this is not a Connector Auth Designer definition file</source>
        <translation>„format“ fehlt: Dies ist keine Definitionsdatei von Connector Auth Designer</translation>
    </message>
    <message>
        <source>Open a NAME.connector.json file saved by Connector Auth Designer.</source>
        <translation>Öffnen Sie eine von Connector Auth Designer gespeicherte Datei NAME.connector.json.</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a Connector Auth Designer definition file</source>
        <translation>„%1“ erwartet: Dies ist keine Definitionsdatei von Connector Auth Designer</translation>
    </message>
    <message>
        <source>the number 1</source>
        <translation>die Zahl 1</translation>
    </message>
    <message>
        <source>Write &quot;formatVersion&quot;: 1 (a number without quotes).</source>
        <translation>Schreiben Sie &quot;formatVersion&quot;: 1 (eine Zahl ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source>Install the latest Connector Auth Designer, then open the file again.</source>
        <translation>Installieren Sie die neueste Version von Connector Auth Designer, und öffnen Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>Set &quot;formatVersion&quot; to %1.</source>
        <translation>Setzen Sie „formatVersion“ auf %1.</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>authentication type</source>
        <translation>Authentifizierungstyp</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>Write the properties as a list in square brackets: [ { ... } ].</source>
        <translation>Schreiben Sie die Eigenschaften als Liste in eckigen Klammern: [ { ... } ].</translation>
    </message>
    <message>
        <source>too many properties (%1; at most %2)</source>
        <translation>zu viele Eigenschaften (%1; höchstens %2)</translation>
    </message>
    <message>
        <source>A connector needs a handful of properties; remove the surplus.</source>
        <translation>Ein Connector benötigt nur eine Handvoll Eigenschaften; entfernen Sie die überzähligen.</translation>
    </message>
    <message>
        <source>Write each property as an object in braces: { &quot;name&quot;: ... }.</source>
        <translation>Schreiben Sie jede Eigenschaft als Objekt in geschweiften Klammern: { &quot;name&quot;: ... }.</translation>
    </message>
    <message>
        <source>a value for the secret property %1 was ignored: secrets are kept in the keychain, never in files</source>
        <translation>ein Wert für die geheime Eigenschaft %1 wurde ignoriert: Geheime Werte werden im Schlüsselbund gespeichert, niemals in Dateien</translation>
    </message>
    <message>
        <source>Remove the value from the file and enter it in the designer, which stores it in the keychain.</source>
        <translation>Entfernen Sie den Wert aus der Datei, und geben Sie ihn im Designer ein, der ihn im Schlüsselbund speichert.</translation>
    </message>
    <message>
        <source>input kind</source>
        <translation>Eingabeart</translation>
    </message>
    <message>
        <source>Write the choices as a list of texts: [&quot;a&quot;, &quot;b&quot;].</source>
        <translation>Schreiben Sie die Auswahloptionen als Liste von Texten: [„a“, „b“].</translation>
    </message>
    <message>
        <source>too many choices (%1; at most %2)</source>
        <translation>zu viele Auswahloptionen (%1; höchstens %2)</translation>
    </message>
    <message>
        <source>Offer end users a short list; remove the surplus.</source>
        <translation>Bieten Sie Endbenutzern eine kurze Liste an; entfernen Sie die überzähligen.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>Check the path, or choose the file again.</source>
        <translation>Prüfen Sie den Pfad, oder wählen Sie die Datei erneut aus.</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>Choose a NAME.connector.json file inside the folder.</source>
        <translation>Wählen Sie eine Datei NAME.connector.json in dem Ordner aus.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>Choose a NAME.connector.json file.</source>
        <translation>Wählen Sie eine Datei NAME.connector.json aus.</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most %2 MiB)</source>
        <translation>die Datei ist zu groß (%1 Byte; höchstens %2 MiB)</translation>
    </message>
    <message>
        <source>A connector definition is a few kilobytes; check that this is the right file.</source>
        <translation>Eine Connector-Definition ist nur wenige Kilobyte groß; prüfen Sie, ob dies die richtige Datei ist.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Check that the file is readable, then try again.</source>
        <translation>Prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>Choose a definition file saved by Connector Auth Designer, or create a new connector.</source>
        <translation>Wählen Sie eine von Connector Auth Designer gespeicherte Definitionsdatei aus, oder erstellen Sie einen neuen Connector.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte offset %1)</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte-Offset %1)</translation>
    </message>
    <message>
        <source>Save the file with UTF-8 encoding, or restore it from a backup.</source>
        <translation>Speichern Sie die Datei mit UTF-8-Codierung, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the file contains a NUL byte (%1)</source>
        <translation>die Datei enthält ein NUL-Byte (%1)</translation>
    </message>
    <message>
        <source>The file is damaged or not a text file; restore it from a backup.</source>
        <translation>Die Datei ist beschädigt oder keine Textdatei; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>expected an object at the top level</source>
        <translation>Objekt auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>A definition file is one JSON object that starts with { and contains &quot;format&quot;.</source>
        <translation>Eine Definitionsdatei ist ein einzelnes JSON-Objekt, das mit { beginnt und „format“ enthält.</translation>
    </message>
    <message>
        <source>the file is not valid JSON: it is nested too deeply (%1)</source>
        <translation>die Datei ist kein gültiges JSON: Sie ist zu tief verschachtelt (%1)</translation>
    </message>
    <message>
        <source>A connector definition nests only a few levels; this is not a definition file.</source>
        <translation>Eine Connector-Definition ist nur wenige Ebenen tief verschachtelt; dies ist keine Definitionsdatei.</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 (%2)</source>
        <translation>die Datei ist kein gültiges JSON: %1 (%2)</translation>
    </message>
    <message>
        <source>Fix the JSON at that place (a missing comma, quote or bracket?), or restore the file from a backup.</source>
        <translation>Korrigieren Sie das JSON an dieser Stelle (fehlt ein Komma, ein Anführungszeichen oder eine Klammer?), oder stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to and that has free space, then save again. The previous file, if any, is unchanged.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen und der freien Speicherplatz hat, und speichern Sie dann erneut. Eine eventuell vorhandene frühere Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>this file was made by a newer version of Connector Auth Designer (format %1); this version reads format %2.</source>
        <translation>diese Datei wurde mit einer neueren Version von Connector Auth Designer erstellt (Format %1); diese Version liest Format %2.</translation>
    </message>
    <message>
        <source>Write a list in brackets: [ ... ].</source>
        <translation>Schreiben Sie eine Liste in eckigen Klammern: [ ... ].</translation>
    </message>
    <message>
        <source>too many entries (%1; at most %2)</source>
        <translation>zu viele Einträge (%1; höchstens %2)</translation>
    </message>
    <message>
        <source>Keep the checks that say what a good answer is.</source>
        <translation>Behalten Sie die Prüfungen, die sagen, was eine gute Antwort ist.</translation>
    </message>
    <message>
        <source>expected a status code or a range</source>
        <translation>Statuscode oder Bereich erwartet</translation>
    </message>
    <message>
        <source>Write a code such as 200 or a range in quotes such as &quot;200-299&quot;.</source>
        <translation>Schreiben Sie einen Code wie 200 oder einen Bereich in Anführungszeichen wie &quot;200-299&quot;.</translation>
    </message>
    <message>
        <source>Write a check such as { &quot;pointer&quot;: &quot;/email&quot;, &quot;exists&quot;: true }.</source>
        <translation>Schreiben Sie eine Prüfung wie { &quot;pointer&quot;: &quot;/email&quot;, &quot;exists&quot;: true }.</translation>
    </message>
    <message>
        <source>a check needs exactly one of &quot;exists&quot;, &quot;equals&quot; and &quot;matches&quot;</source>
        <translation>eine Prüfung braucht genau eines von &quot;exists&quot;, &quot;equals&quot; und &quot;matches&quot;</translation>
    </message>
    <message>
        <source>Split it into one check per condition, or add the condition it lacks.</source>
        <translation>Teilen Sie sie in eine Prüfung je Bedingung auf, oder ergänzen Sie die fehlende Bedingung.</translation>
    </message>
</context>
<context>
    <name>cad::DesignTimeConnection</name>
    <message>
        <source>No sign-in arrived in time. Press Connect to try again.</source>
        <translation>Die Anmeldung ist nicht rechtzeitig eingegangen. Klicken Sie auf Verbinden, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The authentication changed since this connection was made. Connect again to test the current design.</source>
        <translation>Die Authentifizierung wurde geändert, seit diese Verbindung hergestellt wurde. Verbinden Sie sich erneut, um den aktuellen Entwurf zu testen.</translation>
    </message>
    <message>
        <source>The design matches this connection again.</source>
        <translation>Der Entwurf entspricht wieder dieser Verbindung.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1: %1</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Weiterleitung nach der Anmeldung gewartet werden: %1</translation>
    </message>
    <message>
        <source>The design has errors; fix them first. %1</source>
        <translation>Der Entwurf enthält Fehler; beheben Sie diese zuerst. %1</translation>
    </message>
    <message>
        <source>Connected: the values are applied to every request. Press Test to try them.</source>
        <translation>Verbunden: Die Werte werden auf jede Anfrage angewendet. Klicken Sie auf Testen, um sie auszuprobieren.</translation>
    </message>
    <message>
        <source>The client secret is empty. Enter it in the properties table (it is kept in the keychain) and connect again.</source>
        <translation>Das Client Secret ist leer. Geben Sie es in der Eigenschaftentabelle ein (es wird im Schlüsselbund gespeichert), und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Token wird angefordert…</translation>
    </message>
    <message>
        <source>The authorization request could not be made.</source>
        <translation>Die Autorisierungsanfrage konnte nicht gestellt werden.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation>Warten auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Exchanging the authorization code for tokens…</source>
        <translation>Autorisierungscode wird gegen Token eingetauscht…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>kein Ablauf angegeben</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Token refreshed</source>
        <translation>Token aktualisiert</translation>
    </message>
    <message>
        <source>The design changed: connect again instead of refreshing.</source>
        <translation>Der Entwurf wurde geändert: Verbinden Sie sich erneut, statt zu aktualisieren.</translation>
    </message>
    <message>
        <source>Refreshing the token…</source>
        <translation>Token wird aktualisiert…</translation>
    </message>
    <message>
        <source>The design changed since this connection was made. Connect again, then test.</source>
        <translation>Der Entwurf wurde geändert, seit diese Verbindung hergestellt wurde. Verbinden Sie sich erneut, und testen Sie dann.</translation>
    </message>
    <message>
        <source>Connect first, then test.</source>
        <translation>Verbinden Sie sich zuerst, und testen Sie dann.</translation>
    </message>
    <message>
        <source>The service answered 401; refreshing the token…</source>
        <translation>Der Dienst hat mit 401 geantwortet; Token wird aktualisiert…</translation>
    </message>
    <message>
        <source>The service rejected the access token (401). Connect again to sign in.</source>
        <translation>Der Dienst hat das Access Token abgelehnt (401). Verbinden Sie sich erneut, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Revoking the tokens…</source>
        <translation>Token werden widerrufen…</translation>
    </message>
    <message>
        <source>Disconnected. The tokens were deleted locally; this connector has no revoke URL, so they stay valid at the provider until they expire.</source>
        <translation>Getrennt. Die Token wurden lokal gelöscht; dieser Connector hat keine Widerrufs-URL, daher bleiben sie beim Anbieter gültig, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>The local tokens were deleted anyway.</source>
        <translation>Die lokalen Token wurden trotzdem gelöscht.</translation>
    </message>
    <message>
        <source>Connected (restored from the keychain).</source>
        <translation>Verbunden (aus dem Schlüsselbund wiederhergestellt).</translation>
    </message>
    <message>
        <source>The design changed during the sign-in, so its tokens would belong to another design. Connect again.</source>
        <translation>Der Entwurf wurde während der Anmeldung geändert, die Token gehörten also zu einem anderen Entwurf. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Waiting for you to allow a stored secret to go to a new origin.</source>
        <translation>Wartet darauf, dass Sie einen gespeicherten geheimen Wert für einen neuen Ursprung freigeben.</translation>
    </message>
    <message>
        <source>Nothing was sent: you did not allow the stored secrets to go to %1. Check the URLs of the design, or enter the secrets again for this design.</source>
        <translation>Es wurde nichts gesendet: Sie haben die gespeicherten geheimen Werte nicht für %1 freigegeben. Prüfen Sie die URLs des Entwurfs, oder geben Sie die geheimen Werte für diesen Entwurf neu ein.</translation>
    </message>
    <message>
        <source>The connection kept from an earlier session for another design was deleted without revoking it (its tokens came from %1).</source>
        <translation>Die aus einer früheren Sitzung aufbewahrte Verbindung für einen anderen Entwurf wurde gelöscht, ohne sie zu widerrufen (ihre Token stammten von %1).</translation>
    </message>
    <message>
        <source>Revoking the previous tokens…</source>
        <translation>Die bisherigen Token werden widerrufen…</translation>
    </message>
    <message>
        <source>The previous tokens were deleted here; without a revoke URL they stay valid at the provider until they expire.</source>
        <translation>Die bisherigen Token wurden hier gelöscht; ohne Widerrufs-URL bleiben sie beim Anbieter gültig, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>Refreshing the token failed: %1</source>
        <translation>Die Aktualisierung des Tokens ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Disconnected. The connection kept from an earlier session was deleted here without revoking its tokens, because it was made for another design (tokens from %1). Revoke it at the provider if you no longer trust it.</source>
        <translation>Getrennt. Die aus einer früheren Sitzung aufbewahrte Verbindung wurde hier gelöscht, ohne ihre Token zu widerrufen, weil sie für einen anderen Entwurf hergestellt wurde (Token von %1). Widerrufen Sie sie beim Anbieter, wenn Sie ihr nicht mehr vertrauen.</translation>
    </message>
    <message>
        <source>Disconnected. The tokens were deleted here without being revoked, as you chose; they stay valid at the provider until they expire.</source>
        <translation>Getrennt. Die Token wurden wie gewählt hier gelöscht, ohne sie zu widerrufen; sie bleiben beim Anbieter gültig, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>Previous connection: %1</source>
        <translation>Bisherige Verbindung: %1</translation>
    </message>
    <message>
        <source>The connection kept by an earlier version was deleted: it had no record of where its tokens may go. Connect again.</source>
        <translation>Die von einer früheren Version aufbewahrte Verbindung wurde gelöscht: Sie enthielt keine Angabe, wohin ihre Token gesendet werden dürfen. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>A connection from an earlier session was made for a different design (tokens from %1). Its tokens are not used or sent anywhere. Connect makes a new connection; Disconnect deletes the old one.</source>
        <translation>Eine Verbindung aus einer früheren Sitzung wurde für einen anderen Entwurf hergestellt (Token von %1). Ihre Token werden weder verwendet noch irgendwohin gesendet. „Verbinden“ stellt eine neue Verbindung her, „Trennen“ löscht die alte.</translation>
    </message>
    <message>
        <source>The client secret is empty. Enter it in the properties table, or untick its &quot;Required&quot; box if the app is a public client without a secret, and connect again.</source>
        <translation>Das Client Secret ist leer. Geben Sie es in der Eigenschaftentabelle ein, oder deaktivieren Sie dort „Erforderlich“, wenn die App ein öffentlicher Client ohne Secret ist, und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Refresh token revoked.</source>
        <translation>Refresh Token widerrufen.</translation>
    </message>
    <message>
        <source>Access token revoked.</source>
        <translation>Access Token widerrufen.</translation>
    </message>
    <message>
        <source>Refresh token not revoked (%1).</source>
        <translation>Refresh Token nicht widerrufen (%1).</translation>
    </message>
    <message>
        <source>Access token not revoked (%1).</source>
        <translation>Access Token nicht widerrufen (%1).</translation>
    </message>
    <message>
        <source>Fill in %1 first: in the end-user preview for what end users give, in the properties table for the rest.</source>
        <translation>Füllen Sie zuerst %1 aus: in der Endbenutzer-Vorschau, was Endbenutzer angeben, in der Eigenschaftentabelle den Rest.</translation>
    </message>
    <message>
        <source>The rehearsal is using the connection; wait until it has finished.</source>
        <translation>Die Probe verwendet die Verbindung gerade; warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <source>The request would go to %1, but this connection was made for %2. Connect again.</source>
        <translation>Die Anfrage würde an %1 gehen, aber diese Verbindung wurde für %2 hergestellt. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The design changed since this connection was made. Connect again, then send.</source>
        <translation>Das Design wurde geändert, seit diese Verbindung hergestellt wurde. Verbinden Sie sich erneut, und senden Sie dann.</translation>
    </message>
    <message>
        <source>The connection is being made; send once it is connected.</source>
        <translation>Die Verbindung wird hergestellt; senden Sie, sobald sie verbunden ist.</translation>
    </message>
    <message>
        <source>Connect first: requests are sent with the connection&apos;s credentials.</source>
        <translation>Verbinden Sie sich zuerst: Anfragen werden mit den Anmeldedaten der Verbindung gesendet.</translation>
    </message>
    <message>
        <source>Answer the question about where the stored secrets may go first.</source>
        <translation>Beantworten Sie zuerst die Frage, wohin die gespeicherten Geheimnisse gesendet werden dürfen.</translation>
    </message>
    <message>
        <source>Nothing was sent: stored secrets of this design would go to an origin they were not saved for. Click Test to review and allow it, then send again.</source>
        <translation>Es wurde nichts gesendet: Gespeicherte Geheimnisse dieses Designs würden an einen Ursprung gehen, für den sie nicht gespeichert wurden. Klicken Sie auf „Testen“, um dies zu prüfen und zu erlauben, und senden Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>cad::DiagnosticsView</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No problems found in the definition.</source>
        <translation>In der Definition wurden keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Fix from the context menu: %1</source>
        <translation>Korrektur im Kontextmenü: %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahloptionen</translation>
    </message>
    <message>
        <source>Ask the user</source>
        <translation>Benutzer fragen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>%1 in the properties table</source>
        <translation>%1 in der Eigenschaftentabelle</translation>
    </message>
    <message>
        <source>%1 (%2) in the properties table</source>
        <translation>%1 (%2) in der Eigenschaftentabelle</translation>
    </message>
    <message>
        <source>Connector key</source>
        <translation>Connector-Kennung</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Test request</source>
        <translation>Testanfrage</translation>
    </message>
    <message>
        <source>%1 in the connector settings</source>
        <translation>%1 in den Connector-Einstellungen</translation>
    </message>
    <message>
        <source>The properties table</source>
        <translation>Die Eigenschaftentabelle</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentifizierungstyp</translation>
    </message>
    <message>
        <source>Expected answer of the test request</source>
        <translation>Erwartete Antwort der Testanfrage</translation>
    </message>
    <message>
        <source>Connection label</source>
        <translation>Verbindungsbezeichnung</translation>
    </message>
</context>
<context>
    <name>cad::Discovery</name>
    <message>
        <source>The authorization server&apos;s issuer identifier, from its discovery document. The &quot;iss&quot; parameter of the sign-in response must equal it (RFC 9207).</source>
        <translation>Die Issuer-Kennung des Autorisierungsservers, aus seinem Discovery-Dokument. Der Parameter „iss“ der Anmeldeantwort muss ihr entsprechen (RFC 9207).</translation>
    </message>
    <message>
        <source>Scope choices</source>
        <translation>Scope-Auswahl</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Token introspection URL</source>
        <translation>Token-Introspection-URL</translation>
    </message>
    <message>
        <source>The authorization server&apos;s RFC 7662 introspection endpoint, from its discovery document. The token inspector asks it about the connection&apos;s tokens; it is not sent with API calls.</source>
        <translation>Der Introspektionsendpunkt nach RFC 7662 des Autorisierungsservers, aus seinem Discovery-Dokument. Der Token-Inspektor fragt ihn nach den Token der Verbindung; er wird nicht mit API-Aufrufen gesendet.</translation>
    </message>
</context>
<context>
    <name>cad::DiscoveryDialog</name>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Fill from Discovery</source>
        <translation>Aus Discovery ausfüllen</translation>
    </message>
    <message>
        <source>Reads the provider&apos;s authorization server metadata (RFC 8414) or OpenID Connect discovery document and fills in the endpoints, PKCE, the client authentication and the scopes it offers. Nothing changes before you apply; Undo takes it back.</source>
        <translation>Liest die Metadaten des Autorisierungsservers (RFC 8414) oder das OpenID-Connect-Discovery-Dokument des Anbieters und füllt die Endpunkte, PKCE, die Client-Authentifizierung und die angebotenen Scopes aus. Nichts ändert sich, bevor Sie übernehmen; „Rückgängig“ nimmt es zurück.</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Issuer or metadata &amp;URL:</source>
        <translation>Issuer oder Metadaten-&amp;URL:</translation>
    </message>
    <message>
        <source>Enter the issuer, such as https://login.example.com, or the address of its metadata.</source>
        <translation>Geben Sie den Issuer ein, etwa https://login.example.com, oder die Adresse seiner Metadaten.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>From discovery</source>
        <translation>Aus Discovery</translation>
    </message>
    <message>
        <source>Changes from discovery</source>
        <translation>Änderungen aus Discovery</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>Metadaten von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the discovery document: %1. Check the address, or fill in the endpoints yourself.</source>
        <translation>Das Discovery-Dokument konnte nicht gelesen werden: %1. Prüfen Sie die Adresse, oder füllen Sie die Endpunkte selbst aus.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Read %1. Applying it changes 1 field:</source>
        <translation>%1 gelesen. Übernehmen ändert 1 Feld:</translation>
    </message>
    <message>
        <source>Read %1. Applying it changes %2 fields:</source>
        <translation>%1 gelesen. Übernehmen ändert %2 Felder:</translation>
    </message>
    <message>
        <source>Read %1. The design already matches it: nothing to change.</source>
        <translation>%1 gelesen. Der Entwurf entspricht ihm bereits: nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>cad::DocumentController</name>
    <message>
        <source>Connector definitions (*%1);;All files (*)</source>
        <translation>Connector-Definitionen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before continuing?</source>
        <translation>Änderungen an &quot;%1&quot; vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>New Connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>Authentication &amp;type of the new connector:</source>
        <translation>Authentifizierungs&amp;typ des neuen Connectors:</translation>
    </message>
    <message>
        <source>New connector with %1</source>
        <translation>Neuer Connector mit %1</translation>
    </message>
    <message>
        <source>Open Connector Definition</source>
        <translation>Connector-Definition öffnen</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid connector definition.</source>
        <translation>&quot;%1&quot; ist keine gültige Connector-Definition.</translation>
    </message>
    <message>
        <source>The current design was left as it was. Fix these problems in the file and open it again:

%1</source>
        <translation>Der aktuelle Entwurf wurde unverändert gelassen. Beheben Sie diese Probleme in der Datei, und öffnen Sie sie erneut:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save Connector Definition</source>
        <translation>Connector-Definition speichern</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved.</source>
        <translation>&quot;%1&quot; konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1. Secret values are not written to the file.</source>
        <translation>%1 gespeichert. Geheime Werte werden nicht in die Datei geschrieben.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard all unsaved changes and reload &quot;%1&quot;?</source>
        <translation>Alle nicht gespeicherten Änderungen verwerfen und &quot;%1&quot; neu laden?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>The designer did not close properly last time. Recover the unsaved changes to &quot;%1&quot;?</source>
        <translation>Der Designer wurde beim letzten Mal nicht ordnungsgemäß beendet. Die nicht gespeicherten Änderungen an &quot;%1&quot; wiederherstellen?</translation>
    </message>
    <message>
        <source>Yes restores the design as it was a few seconds before, with the secret values kept in the keychain. Discard deletes the recovered copy.</source>
        <translation>„Ja“ stellt den Entwurf so wieder her, wie er vor wenigen Sekunden war, mit den im Schlüsselbund gespeicherten geheimen Werten. „Verwerfen“ löscht die wiederhergestellte Kopie.</translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save it to keep it.</source>
        <translation>Nicht gespeicherte Arbeit wiederhergestellt. Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 more in the details.</source>
        <translation>%1 weitere in den Details.</translation>
    </message>
    <message>
        <source>The sample %1 could not be read.</source>
        <translation>Das Beispiel %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>New connector from the sample &quot;%1&quot;</source>
        <translation>Neuer Connector aus dem Beispiel „%1“</translation>
    </message>
    <message>
        <source>New connector from the template &quot;%1&quot;. Enter your app&apos;s client ID and the rest the Problems list names.</source>
        <translation>Neuer Connector aus der Vorlage „%1“. Geben Sie die Client ID Ihrer App ein und was die Problemliste sonst nennt.</translation>
    </message>
</context>
<context>
    <name>cad::EditPropertyDialog</name>
    <message>
        <source>Edit Property – %1</source>
        <translation>Eigenschaft bearbeiten – %1</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Built-in properties keep their technical name.</source>
        <translation>Integrierte Eigenschaften behalten ihren technischen Namen.</translation>
    </message>
    <message>
        <source>&amp;Technical name:</source>
        <translation>&amp;Technischer Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Value / default:</source>
        <translation>&amp;Wert / Standardwert:</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>&amp;Hinweis:</translation>
    </message>
    <message>
        <source>&amp;Ask the user</source>
        <translation>Benutzer &amp;fragen</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Erforderlich</translation>
    </message>
    <message>
        <source>&amp;Secret (kept in the keychain)</source>
        <translation>&amp;Geheim (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>End-user input</source>
        <translation>Eingabe durch Endbenutzer</translation>
    </message>
    <message>
        <source>&amp;Input kind:</source>
        <translation>E&amp;ingabeart:</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Eine Option pro Zeile</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>Auswahl&amp;optionen:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Empty: the technical name</source>
        <translation>Leer: der technische Name</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>{value}, e.g. Bearer {value}</source>
        <translation>{value}, z. B. Bearer {value}</translation>
    </message>
    <message>
        <source>Value &amp;template:</source>
        <translation>Wert&amp;vorlage:</translation>
    </message>
    <message>
        <source>Enter a technical name made of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>Geben Sie einen technischen Namen aus Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos; ein, der mit einem Buchstaben oder &apos;_&apos; beginnt.</translation>
    </message>
    <message>
        <source>Another property is already called &quot;%1&quot;. Choose a different name.</source>
        <translation>Eine andere Eigenschaft heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>cad::ExchangeLogModel</name>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Introspection</translation>
    </message>
</context>
<context>
    <name>cad::ExchangeLogView</name>
    <message>
        <source>No test yet. Connect, then press Test.</source>
        <translation>Noch kein Test. Verbinden Sie sich, und klicken Sie dann auf Testen.</translation>
    </message>
    <message>
        <source>Exchange log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Selected exchange</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <source>Select an exchange to see its headers and bodies. Tokens and secrets are redacted.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Header und Bodies anzuzeigen. Token und geheime Werte werden unkenntlich gemacht.</translation>
    </message>
    <message>
        <source>&amp;Copy exchange</source>
        <translation>Eintrag &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Alle kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>✔ %1 %2 answered %3 in %4 ms</source>
        <translation>✔ %1 %2 antwortete mit %3 in %4 ms</translation>
    </message>
    <message>
        <source>✘ %1 %2 answered %3 in %4 ms</source>
        <translation>✘ %1 %2 antwortete mit %3 in %4 ms</translation>
    </message>
    <message>
        <source>(only the first %1 MiB of the answer are shown)</source>
        <translation>(nur die ersten %1 MiB der Antwort werden angezeigt)</translation>
    </message>
</context>
<context>
    <name>cad::ExchangeText</name>
    <message>
        <source>Query parameters:</source>
        <translation>Query-Parameter:</translation>
    </message>
    <message>
        <source>Form parameters:</source>
        <translation>Formularparameter:</translation>
    </message>
    <message>
        <source>(opened in the browser)</source>
        <translation>(im Browser geöffnet)</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 nach %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>cad::ExpectationDialog</name>
    <message>
        <source>Expected Answer of the Test Request</source>
        <translation>Erwartete Antwort der Testanfrage</translation>
    </message>
    <message>
        <source>Codes and ranges separated by commas, such as 200, 204 or 200-299. Empty: 200-299.</source>
        <translation>Codes und Bereiche, durch Kommas getrennt, etwa 200, 204 oder 200-299. Leer: 200-299.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>JSON Pointer</source>
        <translation>JSON Pointer</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Checks on the JSON answer</source>
        <translation>Prüfungen der JSON-Antwort</translation>
    </message>
    <message>
        <source>&amp;Add Check</source>
        <translation>Prüfung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Check</source>
        <translation>Prüfung &amp;entfernen</translation>
    </message>
    <message>
        <source>Accepted &amp;status:</source>
        <translation>Akzeptierter &amp;Status:</translation>
    </message>
    <message>
        <source>Accepted status</source>
        <translation>Akzeptierter Status</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitgrenze:</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitgrenze</translation>
    </message>
    <message>
        <source>&amp;Checks on the JSON answer (RFC 6901 pointers such as /email or /data/0/id):</source>
        <translation>&amp;Prüfungen der JSON-Antwort (Zeiger nach RFC 6901 wie /email oder /data/0/id):</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>is absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt auf</translation>
    </message>
    <message>
        <source>A JSON value: 42, true, null, &quot;text&quot;; anything else is compared as text</source>
        <translation>Ein JSON-Wert: 42, true, null, &quot;Text&quot;; alles andere wird als Text verglichen</translation>
    </message>
    <message>
        <source>A regular expression (Perl syntax) the value, as text, must match</source>
        <translation>Ein regulärer Ausdruck (Perl-Syntax), auf den der Wert als Text passen muss</translation>
    </message>
</context>
<context>
    <name>cad::ImportExportController</name>
    <message>
        <source>Import API Description</source>
        <translation>API-Beschreibung importieren</translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml);;All files (*)</source>
        <translation>API-Beschreibungen (*.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be imported.</source>
        <translation>&quot;%1&quot; konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>The description has several security schemes. Import &amp;which one?</source>
        <translation>Die Beschreibung enthält mehrere Sicherheitsschemas. &amp;Welches soll importiert werden?</translation>
    </message>
    <message>
        <source>The description points to an OpenID Connect discovery document. Read the endpoints from it?</source>
        <translation>Die Beschreibung verweist auf ein OpenID-Connect-Discovery-Dokument. Die Endpunkte daraus lesen?</translation>
    </message>
    <message>
        <source>The designer would fetch %1 now and fill the authorization, token and revocation URLs from it. No (or a document that fails its checks) leaves them for you to fill in.</source>
        <translation>Der Designer würde jetzt %1 abrufen und daraus die Autorisierungs-, Token- und Widerrufs-URL übernehmen. Bei „Nein“ (oder einem Dokument, das die Prüfungen nicht besteht) tragen Sie sie selbst ein.</translation>
    </message>
    <message>
        <source>The discovery document %1 was not read, as you chose: fill in the authorization and token URLs yourself, or import again and answer Yes.</source>
        <translation>Das Discovery-Dokument %1 wurde wie gewählt nicht gelesen: Tragen Sie die Autorisierungs- und die Token-URL selbst ein, oder importieren Sie erneut und antworten Sie mit „Ja“.</translation>
    </message>
    <message>
        <source>Reading the OpenID Connect discovery document…</source>
        <translation>OpenID-Connect-Discovery-Dokument wird gelesen…</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; (%2) as %3.</source>
        <translation>&quot;%1&quot; (%2) als %3 importiert.</translation>
    </message>
    <message>
        <source>Export as OpenAPI 3.0</source>
        <translation>Als OpenAPI 3.0 exportieren</translation>
    </message>
    <message>
        <source>Export as Postman Collection</source>
        <translation>Als Postman-Collection exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>&quot;%1&quot; konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1. Secret values are not part of it.</source>
        <translation>%1 exportiert. Geheime Werte sind nicht enthalten.</translation>
    </message>
    <message>
        <source>The description has %1 security schemes (%2); you imported %3. To import another one, import the file again and choose it.</source>
        <translation>Die Beschreibung enthält %1 Sicherheitsschemata (%2); Sie haben %3 importiert. Um ein anderes zu importieren, importieren Sie die Datei erneut und wählen es aus.</translation>
    </message>
    <message>
        <source>Choose another folder and export again.</source>
        <translation>Wählen Sie einen anderen Ordner, und exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>cad::Importer</name>
    <message>
        <source>the answer is not a JSON discovery document</source>
        <translation>die Antwort ist kein JSON-Discovery-Dokument</translation>
    </message>
    <message>
        <source>the %1 extension is damaged: %2</source>
        <translation>die Erweiterung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Export the connector again, or remove the extension to import the standard fields only.</source>
        <translation>Exportieren Sie den Connector erneut, oder entfernen Sie die Erweiterung, um nur die Standardfelder zu importieren.</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Prüfen Sie den Pfad, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>Name an OpenAPI, Swagger or Postman file.</source>
        <translation>Geben Sie eine OpenAPI-, Swagger- oder Postman-Datei an.</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; at most %2 MiB)</source>
        <translation>die Datei ist zu groß (%1 Byte; höchstens %2 MiB)</translation>
    </message>
    <message>
        <source>Trim the description to the parts that describe servers and security, then import it.</source>
        <translation>Kürzen Sie die Beschreibung auf die Teile, die Server und Sicherheit beschreiben, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>Trim the description, then import it.</source>
        <translation>Kürzen Sie die Beschreibung, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>Check that the file is a complete OpenAPI, Swagger or Postman description in JSON or YAML.</source>
        <translation>Prüfen Sie, ob die Datei eine vollständige OpenAPI-, Swagger- oder Postman-Beschreibung in JSON oder YAML ist.</translation>
    </message>
    <message>
        <source>the source is too large (at most 16 MiB)</source>
        <translation>die Quelle ist zu groß (höchstens 16 MiB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it is not a text file</source>
        <translation>die Datei enthält NUL-Bytes: Sie ist keine Textdatei</translation>
    </message>
    <message>
        <source>the JSON is not valid: %1 (at byte %2)</source>
        <translation>das JSON ist ungültig: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>--scheme applies to OpenAPI and Swagger sources only</source>
        <translation>--scheme gilt nur für OpenAPI- und Swagger-Quellen</translation>
    </message>
    <message>
        <source>Leave out --scheme for a Postman collection.</source>
        <translation>Lassen Sie --scheme bei einer Postman-Collection weg.</translation>
    </message>
    <message>
        <source>Postman collection format v1 is not supported</source>
        <translation>das Postman-Collection-Format v1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Export the collection from Postman as Collection v2.1, then import it.</source>
        <translation>Exportieren Sie die Collection aus Postman als Collection v2.1, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>this is neither an OpenAPI or Swagger description nor a Postman collection</source>
        <translation>dies ist weder eine OpenAPI- oder Swagger-Beschreibung noch eine Postman-Collection</translation>
    </message>
    <message>
        <source>An OpenAPI file has &quot;openapi: 3.x&quot;, a Swagger file &quot;swagger: 2.0&quot;, a Postman collection an &quot;info.schema&quot; naming collection v2.1.</source>
        <translation>Eine OpenAPI-Datei enthält &quot;openapi: 3.x&quot;, eine Swagger-Datei &quot;swagger: 2.0&quot;, eine Postman-Collection ein „info.schema“, das Collection v2.1 angibt.</translation>
    </message>
    <message>
        <source>Read the endpoints from the OpenID Connect discovery document %1.</source>
        <translation>Die Endpunkte wurden aus dem OpenID-Connect-Discovery-Dokument %1 gelesen.</translation>
    </message>
    <message>
        <source>Could not read the OpenID Connect discovery document %1 (%2). Fill in the authorization and token URLs yourself.</source>
        <translation>Das OpenID-Connect-Discovery-Dokument %1 konnte nicht gelesen werden (%2). Tragen Sie die Autorisierungs- und die Token-URL selbst ein.</translation>
    </message>
    <message>
        <source>The source contains a value for %1 that looks like a real secret; it was not imported. Enter it in the designer, which keeps it in the keychain, and remove it from the source.</source>
        <translation>Die Quelle enthält einen Wert für %1, der wie ein echtes Geheimnis aussieht; er wurde nicht importiert. Geben Sie ihn im Designer ein, der ihn im Schlüsselbund speichert, und entfernen Sie ihn aus der Quelle.</translation>
    </message>
    <message>
        <source>a $ref is not a text</source>
        <translation>ein $ref ist kein Text</translation>
    </message>
    <message>
        <source>Write $ref as &quot;#/components/...&quot;.</source>
        <translation>Schreiben Sie $ref als &quot;#/components/...&quot;.</translation>
    </message>
    <message>
        <source>the reference %1 points outside the file</source>
        <translation>die Referenz %1 verweist auf ein Ziel außerhalb der Datei</translation>
    </message>
    <message>
        <source>Bundle the description into one file first (for example with a bundler of your OpenAPI tools), then import it.</source>
        <translation>Fassen Sie die Beschreibung zuerst in einer einzigen Datei zusammen (zum Beispiel mit einem Bundler Ihrer OpenAPI-Tools), und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>the reference %1 is cyclic</source>
        <translation>die Referenz %1 ist zyklisch</translation>
    </message>
    <message>
        <source>Fix the $ref chain so that it ends at an object.</source>
        <translation>Korrigieren Sie die $ref-Kette so, dass sie bei einem Objekt endet.</translation>
    </message>
    <message>
        <source>the reference %1 points nowhere</source>
        <translation>die Referenz %1 verweist ins Leere</translation>
    </message>
    <message>
        <source>Correct the $ref.</source>
        <translation>Korrigieren Sie die $ref.</translation>
    </message>
    <message>
        <source>a $ref chain is too long</source>
        <translation>eine $ref-Kette ist zu lang</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: %2 erwartet</translation>
    </message>
    <message>
        <source>Fix the description so that it follows the OpenAPI or Swagger specification.</source>
        <translation>Korrigieren Sie die Beschreibung so, dass sie der OpenAPI- oder Swagger-Spezifikation entspricht.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>The description names no host: enter the full base URL.</source>
        <translation>Die Beschreibung nennt keinen Host: Geben Sie die vollständige Basis-URL ein.</translation>
    </message>
    <message>
        <source>The description lists no servers: enter the base URL.</source>
        <translation>Die Beschreibung führt keine Server auf: Geben Sie die Basis-URL ein.</translation>
    </message>
    <message>
        <source>a list of server objects</source>
        <translation>eine Liste von Server-Objekten</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>The server URL is relative: enter the full base URL.</source>
        <translation>Die Server-URL ist relativ: Geben Sie die vollständige Basis-URL ein.</translation>
    </message>
    <message>
        <source>the OAuth 2.0 flow &quot;%1&quot; of scheme %2 is not supported</source>
        <translation>der OAuth 2.0-Flow „%1“ des Schemas %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Connectors support the authorization code (accessCode) and client credentials (application) flows; pick another scheme with --scheme, or create the connector by hand.</source>
        <translation>Connectors unterstützen die Flows Autorisierungscode (accessCode) und Client Credentials (application); wählen Sie mit --scheme ein anderes Schema, oder erstellen Sie den Connector manuell.</translation>
    </message>
    <message>
        <source>scheme %1 offers only OAuth 2.0 flows that connectors do not support (%2)</source>
        <translation>Schema %1 bietet nur OAuth 2.0-Flows an, die Connectors nicht unterstützen (%2)</translation>
    </message>
    <message>
        <source>Connectors support the authorizationCode and clientCredentials flows; pick another scheme with --scheme, or create the connector by hand.</source>
        <translation>Connectors unterstützen die Flows authorizationCode und clientCredentials; wählen Sie mit --scheme ein anderes Schema, oder erstellen Sie den Connector manuell.</translation>
    </message>
    <message>
        <source>Connectors send API keys in a header or query parameter; pick another scheme with --scheme, or create the connector by hand.</source>
        <translation>Connectors senden API-Schlüssel in einem Header oder Query-Parameter; wählen Sie mit --scheme ein anderes Schema, oder erstellen Sie den Connector manuell.</translation>
    </message>
    <message>
        <source>header or query</source>
        <translation>header oder query</translation>
    </message>
    <message>
        <source>the header or query parameter name</source>
        <translation>der Name des Headers oder Query-Parameters</translation>
    </message>
    <message>
        <source>the HTTP authentication scheme &quot;%1&quot; of %2 is not supported</source>
        <translation>das HTTP-Authentifizierungsschema „%1“ von %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Connectors support HTTP basic and bearer; pick another scheme with --scheme.</source>
        <translation>Connectors unterstützen HTTP basic und bearer; wählen Sie mit --scheme ein anderes Schema.</translation>
    </message>
    <message>
        <source>The OpenID Connect scheme has no usable discovery URL: fill in the authorization and token URLs yourself.</source>
        <translation>Das OpenID-Connect-Schema hat keine verwendbare Discovery-URL: Tragen Sie die Autorisierungs- und die Token-URL selbst ein.</translation>
    </message>
    <message>
        <source>Pick another scheme with --scheme.</source>
        <translation>Wählen Sie mit --scheme ein anderes Schema.</translation>
    </message>
    <message>
        <source>scheme %1 has the unsupported type &quot;%2&quot;</source>
        <translation>Schema %1 hat den nicht unterstützten Typ „%2“</translation>
    </message>
    <message>
        <source>Pick another scheme with --scheme, or create the connector by hand.</source>
        <translation>Wählen Sie mit --scheme ein anderes Schema, oder erstellen Sie den Connector manuell.</translation>
    </message>
    <message>
        <source>only Swagger 2.0 is supported</source>
        <translation>nur Swagger 2.0 wird unterstützt</translation>
    </message>
    <message>
        <source>Convert the description to OpenAPI 3, then import it.</source>
        <translation>Konvertieren Sie die Beschreibung in OpenAPI 3, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>Import OpenAPI 3.0 or 3.1, or Swagger 2.0.</source>
        <translation>Importieren Sie OpenAPI 3.0 oder 3.1 oder Swagger 2.0.</translation>
    </message>
    <message>
        <source>a security scheme object</source>
        <translation>ein Sicherheitsschema-Objekt</translation>
    </message>
    <message>
        <source>a list of security requirements</source>
        <translation>eine Liste von Sicherheitsanforderungen</translation>
    </message>
    <message>
        <source>there is no security scheme named &quot;%1&quot;</source>
        <translation>es gibt kein Sicherheitsschema namens „%1“</translation>
    </message>
    <message>
        <source>The description has no security schemes; leave out --scheme.</source>
        <translation>Die Beschreibung hat keine Sicherheitsschemas; lassen Sie --scheme weg.</translation>
    </message>
    <message>
        <source>chosen with --scheme</source>
        <translation>ausgewählt mit --scheme</translation>
    </message>
    <message>
        <source>the first one the description&apos;s top-level security uses</source>
        <translation>das erste, das die Security-Angabe auf oberster Ebene der Beschreibung verwendet</translation>
    </message>
    <message>
        <source>the first supported one</source>
        <translation>das erste unterstützte</translation>
    </message>
    <message>
        <source>the first one</source>
        <translation>das erste</translation>
    </message>
    <message>
        <source>The description defines no security schemes: imported as &quot;No authentication&quot;.</source>
        <translation>Die Beschreibung definiert keine Sicherheitsschemas: als „Keine Authentifizierung“ importiert.</translation>
    </message>
    <message>
        <source>The description has %1 security schemes (%2); imported %3, %4. Use --scheme NAME to import another.</source>
        <translation>Die Beschreibung hat %1 Sicherheitsschemas (%2); importiert wurde %3, %4. Verwenden Sie --scheme NAME, um ein anderes zu importieren.</translation>
    </message>
    <message>
        <source>Export the collection again from Postman as Collection v2.1.</source>
        <translation>Exportieren Sie die Collection erneut aus Postman als Collection v2.1.</translation>
    </message>
    <message>
        <source>the OAuth 2.0 grant type &quot;%1&quot; is not supported</source>
        <translation>der OAuth 2.0-Grant-Type „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Connectors support authorization code (with or without PKCE) and client credentials.</source>
        <translation>Connectors unterstützen Autorisierungscode (mit oder ohne PKCE) und Client Credentials.</translation>
    </message>
    <message>
        <source>the Postman auth type &quot;%1&quot; is not supported</source>
        <translation>der Postman-Authentifizierungstyp „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Connectors support OAuth 2.0, basic, API key and bearer token authentication.</source>
        <translation>Connectors unterstützen OAuth 2.0-, Basic-, API-Schlüssel- und Bearer-Token-Authentifizierung.</translation>
    </message>
    <message>
        <source>a list of items</source>
        <translation>eine Liste von Einträgen</translation>
    </message>
    <message>
        <source>a list of variables</source>
        <translation>eine Liste von Variablen</translation>
    </message>
    <message>
        <source>the JSON text of a connector definition</source>
        <translation>der JSON-Text einer Connector-Definition</translation>
    </message>
    <message>
        <source>The collection has no request: enter the base URL.</source>
        <translation>Die Collection enthält keine Anfrage: Geben Sie die Basis-URL ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full https URL</source>
        <translation>„%1“ ist keine vollständige https-URL</translation>
    </message>
    <message>
        <source>%1 does not use https; discovery documents are read only over https (plain http only from this computer, a loopback address)</source>
        <translation>%1 verwendet kein https; Discovery-Dokumente werden nur über https gelesen (unverschlüsseltes http nur von diesem Computer, einer Loopback-Adresse)</translation>
    </message>
    <message>
        <source>the server did not send the complete document within the time limit (%1 s)</source>
        <translation>der Server hat das vollständige Dokument nicht innerhalb der Frist gesendet (%1 s)</translation>
    </message>
    <message>
        <source>another discovery document was requested</source>
        <translation>ein anderes Discovery-Dokument wurde angefordert</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 without a valid redirect target</source>
        <translation>der Server hat mit HTTP %1 ohne gültiges Weiterleitungsziel geantwortet</translation>
    </message>
    <message>
        <source>the server redirected to another origin, %1; the document is read only from %2</source>
        <translation>der Server hat zu einem anderen Ursprung weitergeleitet, %1; das Dokument wird nur von %2 gelesen</translation>
    </message>
    <message>
        <source>the server redirected more than %1 times</source>
        <translation>der Server hat mehr als %1-mal weitergeleitet</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>the document names no &quot;issuer&quot;, which OpenID Connect discovery requires</source>
        <translation>das Dokument nennt keinen „issuer“, den OpenID Connect Discovery verlangt</translation>
    </message>
    <message>
        <source>the document names the issuer &quot;%1&quot;, which does not match the address it was read from, %2 (the issuer followed by /.well-known/openid-configuration must be that address)</source>
        <translation>das Dokument nennt den Issuer „%1“, der nicht zu der Adresse passt, von der es gelesen wurde, %2 (der Issuer gefolgt von /.well-known/openid-configuration muss diese Adresse ergeben)</translation>
    </message>
    <message>
        <source>its %1, &quot;%2&quot;, is not an https URL (plain http is accepted only for this computer, a loopback address)</source>
        <translation>sein %1, „%2“, ist keine https-URL (unverschlüsseltes http wird nur für diesen Computer akzeptiert, eine Loopback-Adresse)</translation>
    </message>
    <message>
        <source>the description has no &quot;openapi&quot; (or &quot;swagger&quot;) field naming its version</source>
        <translation>die Beschreibung hat kein Feld „openapi“ (oder „swagger“), das ihre Version nennt</translation>
    </message>
    <message>
        <source>Add &quot;openapi: 3.0.3&quot; (the OpenAPI version the description follows) at the top, or &quot;swagger: &quot;2.0&quot;&quot; for a Swagger 2.0 description, then import it again.</source>
        <translation>Fügen Sie oben &quot;openapi: 3.0.3&quot; (die OpenAPI-Version, der die Beschreibung folgt) hinzu, oder &quot;swagger: &quot;2.0&quot;&quot; für eine Swagger-2.0-Beschreibung, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>the %1 description has no &quot;%2&quot;</source>
        <translation>die %1-Beschreibung hat kein „%2“</translation>
    </message>
    <message>
        <source>the &quot;info&quot; of the %1 description has no &quot;%2&quot;</source>
        <translation>das „info“ der %1-Beschreibung hat kein „%2“</translation>
    </message>
    <message>
        <source>Add an &quot;info&quot; object with the API&apos;s &quot;title&quot; and the &quot;version&quot; of the description (such as &quot;1.0.0&quot;), then import it again.</source>
        <translation>Fügen Sie ein „info“-Objekt mit dem „title“ der API und der „version“ der Beschreibung (etwa „1.0.0“) hinzu, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Add &quot;title&quot; (the API&apos;s name) under &quot;info&quot;, then import it again.</source>
        <translation>Fügen Sie unter „info“ einen „title“ (den Namen der API) hinzu, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Add &quot;version&quot; (the version of the description, such as &quot;1.0.0&quot;) under &quot;info&quot;, then import it again.</source>
        <translation>Fügen Sie unter „info“ eine „version“ (die Version der Beschreibung, etwa „1.0.0“) hinzu, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>the %1 description has none of &quot;paths&quot;, &quot;components&quot; and &quot;webhooks&quot;</source>
        <translation>die %1-Beschreibung hat weder „paths“ noch „components“ noch „webhooks“</translation>
    </message>
    <message>
        <source>OpenAPI 3.1 requires at least one of them: add &quot;paths&quot; (the API&apos;s operations, or &quot;paths: {}&quot; when there are none) or &quot;components&quot; with the security schemes, then import it again.</source>
        <translation>OpenAPI 3.1 verlangt mindestens eines davon: Fügen Sie „paths“ (die Operationen der API, oder &quot;paths: {}&quot;, wenn es keine gibt) oder „components“ mit den Sicherheitsschemas hinzu, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Add &quot;paths&quot; (the API&apos;s operations, or &quot;paths: {}&quot; when there are none), then import it again.</source>
        <translation>Fügen Sie „paths“ hinzu (die Operationen der API, oder &quot;paths: {}&quot;, wenn es keine gibt), und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>the Postman collection has no &quot;info&quot;</source>
        <translation>die Postman-Collection hat kein „info“</translation>
    </message>
    <message>
        <source>Add an &quot;info&quot; object with the collection&apos;s &quot;name&quot; and &quot;schema&quot;, or export the collection again from Postman as Collection v2.1, then import it.</source>
        <translation>Fügen Sie ein „info“-Objekt mit „name“ und „schema“ der Collection hinzu, oder exportieren Sie die Collection in Postman erneut als Collection v2.1, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>the &quot;info&quot; of the Postman collection has no &quot;name&quot;</source>
        <translation>das „info“ der Postman-Collection hat keinen „name“</translation>
    </message>
    <message>
        <source>Add &quot;name&quot; (the collection&apos;s name) under &quot;info&quot;, or export the collection again from Postman as Collection v2.1, then import it.</source>
        <translation>Fügen Sie unter „info“ einen „name“ (den Namen der Collection) hinzu, oder exportieren Sie die Collection in Postman erneut als Collection v2.1, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>the &quot;info&quot; of the Postman collection has no &quot;schema&quot;</source>
        <translation>das „info“ der Postman-Collection hat kein „schema“</translation>
    </message>
    <message>
        <source>Add &quot;schema&quot;: &quot;https://schema.getpostman.com/json/collection/v2.1.0/collection.json&quot; under &quot;info&quot;, or export the collection again from Postman as Collection v2.1, then import it.</source>
        <translation>Fügen Sie unter „info“ &quot;schema&quot;: &quot;https://schema.getpostman.com/json/collection/v2.1.0/collection.json&quot; hinzu, oder exportieren Sie die Collection in Postman erneut als Collection v2.1, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>the collection&apos;s &quot;info.schema&quot;, %1, does not name Postman collection format v2.0 or v2.1</source>
        <translation>das „info.schema“ der Collection, %1, nennt nicht das Postman-Collection-Format v2.0 oder v2.1</translation>
    </message>
    <message>
        <source>the Postman collection has no &quot;item&quot;</source>
        <translation>die Postman-Collection hat kein „item“</translation>
    </message>
    <message>
        <source>Add &quot;item&quot;: [] (the list of the collection&apos;s requests and folders), or export the collection again from Postman as Collection v2.1, then import it.</source>
        <translation>Fügen Sie &quot;item&quot;: [] (die Liste der Anfragen und Ordner der Collection) hinzu, oder exportieren Sie die Collection in Postman erneut als Collection v2.1, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>%1 has a query or a fragment; give the issuer (such as https://login.example.com) or its metadata URL without them</source>
        <translation>%1 hat eine Query oder ein Fragment; geben Sie den Issuer (etwa https://login.example.com) oder seine Metadaten-URL ohne sie an</translation>
    </message>
    <message>
        <source>the server has no discovery document at %1 (HTTP %2); check the issuer, or give the metadata URL itself</source>
        <translation>der Server hat kein Discovery-Dokument unter %1 (HTTP %2); prüfen Sie den Issuer, oder geben Sie die Metadaten-URL selbst an</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the document names no &quot;issuer&quot;, which RFC 8414 authorization server metadata requires</source>
        <translation>das Dokument nennt keinen „issuer“, den Metadaten eines Autorisierungsservers nach RFC 8414 verlangen</translation>
    </message>
    <message>
        <source>the document names the issuer &quot;%1&quot;, which does not match the address it was read from, %2 (the issuer&apos;s host followed by /.well-known/oauth-authorization-server and the issuer&apos;s path must be that address)</source>
        <translation>das Dokument nennt den Issuer „%1“, der nicht zur Adresse passt, von der es gelesen wurde, %2 (der Host des Issuers, gefolgt von /.well-known/oauth-authorization-server und dem Pfad des Issuers, muss diese Adresse ergeben)</translation>
    </message>
</context>
<context>
    <name>cad::InputKind</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Mehrzeiliger Text</translation>
    </message>
</context>
<context>
    <name>cad::InspectClaims</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The claim %1 is not a number of seconds since 1970 (a NumericDate), so the time it stands for is unknown. A client must not accept the token.</source>
        <translation>Der Claim %1 ist keine Anzahl von Sekunden seit 1970 (kein NumericDate), daher ist der Zeitpunkt, für den er steht, unbekannt. Ein Client darf das Token nicht akzeptieren.</translation>
    </message>
    <message>
        <source>The token has no expiry (exp), so it stays valid for as long as the provider&apos;s key does. Providers normally set one.</source>
        <translation>Das Token hat kein Ablaufdatum (exp) und bleibt daher so lange gültig wie der Schlüssel des Anbieters. Anbieter legen normalerweise eines fest.</translation>
    </message>
    <message>
        <source>The token expired at %1 (expired %2 ago). Obtain a new token.</source>
        <translation>Das Token ist um %1 abgelaufen (vor %2 abgelaufen). Beschaffen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>The token expires at %1 (expires in %2).</source>
        <translation>Das Token läuft am %1 ab (läuft ab in %2).</translation>
    </message>
    <message>
        <source>The token does not say when it was issued (iat), which OpenID Connect requires of an ID token.</source>
        <translation>Das Token gibt nicht an, wann es ausgestellt wurde (iat), was OpenID Connect für ein ID-Token verlangt.</translation>
    </message>
    <message>
        <source>The token does not say when it was issued (iat).</source>
        <translation>Das Token gibt nicht an, wann es ausgestellt wurde (iat).</translation>
    </message>
    <message>
        <source>The token was issued at %1, %2 in the future. The provider&apos;s clock or this computer&apos;s clock is wrong; tokens may then look expired or not yet valid.</source>
        <translation>Das Token wurde am %1 ausgestellt, %2 in der Zukunft. Die Uhr des Anbieters oder die Uhr dieses Computers geht falsch; Token können dann abgelaufen oder noch nicht gültig erscheinen.</translation>
    </message>
    <message>
        <source>The token was issued at %1 (%2 ago).</source>
        <translation>Das Token wurde am %1 ausgestellt (vor %2).</translation>
    </message>
    <message>
        <source>The token is not valid before %1 (valid in %2). A client must not use it yet; if that is surprising, compare this computer&apos;s clock with the provider&apos;s.</source>
        <translation>Das Token ist vor %1 nicht gültig (gültig in %2). Ein Client darf es noch nicht verwenden; falls das überrascht, vergleichen Sie die Uhr dieses Computers mit der des Anbieters.</translation>
    </message>
    <message>
        <source>The token is valid since %1.</source>
        <translation>Das Token ist gültig seit %1.</translation>
    </message>
    <message>
        <source>The token names no issuer (iss), so nothing says which provider made it.</source>
        <translation>Das Token nennt keinen Aussteller (iss), daher gibt nichts an, welcher Anbieter es erstellt hat.</translation>
    </message>
    <message>
        <source>The issuer (iss) is not a string. A client must not accept the token.</source>
        <translation>Der Aussteller (iss) ist keine Zeichenkette. Ein Client darf das Token nicht akzeptieren.</translation>
    </message>
    <message>
        <source>The issuer is %1, as the design expects.</source>
        <translation>Der Aussteller ist %1, wie vom Design erwartet.</translation>
    </message>
    <message>
        <source>The issuer is %1, but the design expects %2. Check the issuer property; if it is right, the token comes from another provider and must not be accepted.</source>
        <translation>Der Aussteller ist %1, aber das Design erwartet %2. Prüfen Sie die Eigenschaft issuer; wenn sie stimmt, stammt das Token von einem anderen Anbieter und darf nicht akzeptiert werden.</translation>
    </message>
    <message>
        <source>The issuer is %1. The design names no issuer and no token URL to compare it with; enter the issuer in the issuer property to have it checked.</source>
        <translation>Der Aussteller ist %1. Das Design nennt keinen Aussteller und keine Token-URL, mit denen er verglichen werden könnte; geben Sie den Aussteller in der Eigenschaft issuer ein, damit er geprüft wird.</translation>
    </message>
    <message>
        <source>The issuer is %1, at the token URL&apos;s origin. The design names no issuer; enter it in the issuer property to have it checked exactly.</source>
        <translation>Der Aussteller ist %1, am Ursprung der Token-URL. Das Design nennt keinen Aussteller; geben Sie ihn in der Eigenschaft issuer ein, damit er exakt geprüft wird.</translation>
    </message>
    <message>
        <source>The issuer is %1, which is not at the token URL&apos;s origin %2. The design names no issuer; if that issuer is right, enter it in the issuer property.</source>
        <translation>Der Aussteller ist %1, der nicht am Ursprung %2 der Token-URL liegt. Das Design nennt keinen Aussteller; wenn dieser Aussteller stimmt, tragen Sie ihn in die Eigenschaft issuer ein.</translation>
    </message>
    <message>
        <source>The token names no audience (aud), which an ID token must: nothing says it was issued for this client.</source>
        <translation>Das Token nennt keine Zielgruppe (aud), was ein ID-Token muss: Nichts besagt, dass es für diesen Client ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The token names no audience (aud).</source>
        <translation>Das Token nennt keine Zielgruppe (aud).</translation>
    </message>
    <message>
        <source>The audience (aud) is neither a string nor a list of strings. A client must not accept the token.</source>
        <translation>Die Zielgruppe (aud) ist weder ein String noch eine Liste von Strings. Ein Client darf das Token nicht akzeptieren.</translation>
    </message>
    <message>
        <source>The audience is %1; the design has no client ID to compare it with.</source>
        <translation>Die Zielgruppe ist %1; das Design hat keine Client ID, mit der sie verglichen werden könnte.</translation>
    </message>
    <message>
        <source>The audience is this design&apos;s client ID, %1.</source>
        <translation>Die Zielgruppe ist die Client ID dieses Designs, %1.</translation>
    </message>
    <message>
        <source>The audiences %1 include this design&apos;s client ID.</source>
        <translation>Die Zielgruppen %1 enthalten die Client ID dieses Designs.</translation>
    </message>
    <message>
        <source>The audience %1 does not include this design&apos;s client ID, %2: the token was issued for another client, and this one must not accept it. Check the client ID.</source>
        <translation>Die Zielgruppe %1 enthält die Client ID dieses Designs, %2, nicht: Das Token wurde für einen anderen Client ausgestellt, und dieser darf es nicht akzeptieren. Prüfen Sie die Client ID.</translation>
    </message>
    <message>
        <source>The audience is %1: the API this access token is meant for (RFC 9068), not this client.</source>
        <translation>Die Zielgruppe ist %1: die API, für die dieses Access Token bestimmt ist (RFC 9068), nicht dieser Client.</translation>
    </message>
    <message>
        <source>The token names several audiences but no authorized party (azp), so it does not say which of them it was issued to.</source>
        <translation>Das Token nennt mehrere Zielgruppen, aber keine autorisierte Partei (azp), daher gibt es nicht an, an welche von ihnen es ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The authorized party (azp) is %1; the design has no client ID to compare it with.</source>
        <translation>Die autorisierte Partei (azp) ist %1; das Design hat keine Client ID, mit der sie verglichen werden könnte.</translation>
    </message>
    <message>
        <source>The authorized party (azp) is this design&apos;s client ID, %1.</source>
        <translation>Die autorisierte Partei (azp) ist die Client ID dieses Designs, %1.</translation>
    </message>
    <message>
        <source>The authorized party (azp) is %1, not this design&apos;s client ID, %2: the token was issued to another client.</source>
        <translation>Die autorisierte Partei (azp) ist %1, nicht die Client ID dieses Designs, %2: Das Token wurde an einen anderen Client ausgestellt.</translation>
    </message>
    <message>
        <source>A nonce was sent with the sign-in, but the token carries none. The provider ignored it, or the token answers another sign-in; a client must not accept it.</source>
        <translation>Bei der Anmeldung wurde eine Nonce gesendet, aber das Token enthält keine. Der Anbieter hat sie ignoriert, oder das Token gehört zu einer anderen Anmeldung; ein Client darf es nicht akzeptieren.</translation>
    </message>
    <message>
        <source>The token&apos;s nonce differs from the one sent with this sign-in: it answers another sign-in, perhaps replayed. A client must not accept it.</source>
        <translation>Die Nonce des Tokens unterscheidet sich von der, die mit dieser Anmeldung gesendet wurde: Es antwortet auf eine andere Anmeldung, vielleicht wiederholt eingespielt. Ein Client darf es nicht akzeptieren.</translation>
    </message>
    <message>
        <source>The token&apos;s nonce is the one sent with this sign-in.</source>
        <translation>Die Nonce des Tokens ist diejenige, die mit dieser Anmeldung gesendet wurde.</translation>
    </message>
    <message>
        <source>The token carries a nonce, but none was sent with this sign-in: it may answer another sign-in.</source>
        <translation>Das Token enthält eine Nonce, aber bei dieser Anmeldung wurde keine gesendet: Es gehört möglicherweise zu einer anderen Anmeldung.</translation>
    </message>
    <message>
        <source>No nonce was sent, and the token carries none.</source>
        <translation>Es wurde keine Nonce gesendet, und das Token enthält keine.</translation>
    </message>
    <message>
        <source>no expiry known</source>
        <translation>kein Ablauf bekannt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft ab in %1</translation>
    </message>
</context>
<context>
    <name>cad::InspectIntrospection</name>
    <message>
        <source>The introspection URL is not a full https URL. Enter the provider&apos;s introspection endpoint, such as https://login.example.com/introspect.</source>
        <translation>Die Introspection-URL ist keine vollständige https-URL. Geben Sie den Introspection-Endpunkt des Anbieters ein, z. B. https://login.example.com/introspect.</translation>
    </message>
    <message>
        <source>%1 is not https, so nothing was sent. The client secret and the token are sent only over https, or over plain http to 127.0.0.1, ::1 or localhost.</source>
        <translation>%1 ist nicht https, daher wurde nichts gesendet. Das Client Secret und das Token werden nur über https gesendet, oder über einfaches http an 127.0.0.1, ::1 oder localhost.</translation>
    </message>
    <message>
        <source>The design has no token URL, so nothing was sent: the client secret and the token are sent only to the authorization server, the token URL&apos;s origin. Enter the token URL first.</source>
        <translation>Das Design hat keine Token-URL, daher wurde nichts gesendet: Das Client Secret und das Token werden nur an den Autorisierungsserver gesendet, den Ursprung der Token-URL. Geben Sie zuerst die Token-URL ein.</translation>
    </message>
    <message>
        <source>The introspection URL is at %1, not at the token URL&apos;s origin %2, so nothing was sent. The client secret and the token are sent only to the authorization server&apos;s origin; use its introspection endpoint.</source>
        <translation>Die Introspection-URL liegt bei %1, nicht am Ursprung %2 der Token-URL, daher wurde nichts gesendet. Das Client Secret und das Token werden nur an den Ursprung des Autorisierungsservers gesendet; verwenden Sie dessen Introspection-Endpunkt.</translation>
    </message>
    <message>
        <source>The token cannot be introspected: there is no network access.</source>
        <translation>Das Token kann nicht introspektiert werden: Es besteht kein Netzwerkzugang.</translation>
    </message>
    <message>
        <source>There is no token to introspect. Connect first, or paste a token.</source>
        <translation>Es gibt kein Token zum Introspizieren. Verbinden Sie sich zuerst, oder fügen Sie ein Token ein.</translation>
    </message>
    <message>
        <source>The design has no client ID, so nothing was sent: introspection requests are authenticated as the client. Enter the client ID.</source>
        <translation>Das Design hat keine Client ID, daher wurde nichts gesendet: Introspection-Anfragen werden als Client authentifiziert. Geben Sie die Client ID ein.</translation>
    </message>
    <message>
        <source>The introspection endpoint did not answer within %1 seconds. Try again later.</source>
        <translation>Der Introspektionsendpunkt hat nicht innerhalb von %1 Sekunden geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The introspection answer is larger than %1 KiB; an RFC 7662 answer is a few KiB at most. Check the introspection URL.</source>
        <translation>Die Introspection-Antwort ist größer als %1 KiB; eine Antwort nach RFC 7662 umfasst höchstens wenige KiB. Prüfen Sie die Introspection-URL.</translation>
    </message>
    <message>
        <source>The introspection endpoint %1 could not be reached: %2. Check the URL and the network connection.</source>
        <translation>Der Introspection-Endpunkt %1 konnte nicht erreicht werden: %2. Prüfen Sie die URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The introspection endpoint answered HTTP %1, a redirect, which is not followed: the client secret and the token would go with it. Enter the endpoint&apos;s final URL.</source>
        <translation>Der Introspektionsendpunkt hat mit HTTP %1 geantwortet, einer Weiterleitung, der nicht gefolgt wird: Das Client Secret und das Token würden mitgesendet. Geben Sie die endgültige URL des Endpunkts ein.</translation>
    </message>
    <message>
        <source>The introspection endpoint answered HTTP %1 (%2: %3). %4</source>
        <translation>Der Introspection-Endpunkt antwortete mit HTTP %1 (%2: %3). %4</translation>
    </message>
    <message>
        <source>The introspection endpoint answered HTTP %1 (%2). %3</source>
        <translation>Der Introspection-Endpunkt hat mit HTTP %1 (%2) geantwortet. %3</translation>
    </message>
    <message>
        <source>The introspection endpoint answered HTTP %1. Check the introspection URL and the client settings.</source>
        <translation>Der Introspektionsendpunkt hat mit HTTP %1 geantwortet. Prüfen Sie die Introspektions-URL und die Client-Einstellungen.</translation>
    </message>
    <message>
        <source>The answer is not an RFC 7662 introspection response: it is not a JSON object with a boolean &quot;active&quot;. Check the introspection URL.</source>
        <translation>Die Antwort ist keine Introspection-Antwort nach RFC 7662: Sie ist kein JSON-Objekt mit einem booleschen „active“. Prüfen Sie die Introspection-URL.</translation>
    </message>
</context>
<context>
    <name>cad::InspectJwt</name>
    <message>
        <source>The token is empty. Paste a token, or connect first to obtain one.</source>
        <translation>Das Token ist leer. Fügen Sie ein Token ein, oder verbinden Sie sich zuerst, um eines zu erhalten.</translation>
    </message>
    <message>
        <source>The token is longer than %1 KiB, far longer than any JWT a provider issues, so it is not decoded.</source>
        <translation>Das Token ist länger als %1 KiB, weit länger als jedes JWT, das ein Anbieter ausstellt, daher wird es nicht decodiert.</translation>
    </message>
    <message>
        <source>The token is encrypted (a JWE with five parts), so its claims cannot be read without the provider&apos;s key. Only the API it is meant for can decrypt it.</source>
        <translation>Das Token ist verschlüsselt (ein JWE mit fünf Teilen), daher können seine Claims ohne den Schlüssel des Anbieters nicht gelesen werden. Nur die API, für die es bestimmt ist, kann es entschlüsseln.</translation>
    </message>
    <message>
        <source>The token is not a JWT: it has no dots. It is an opaque token, which only the provider can read; use introspection to ask the provider about it.</source>
        <translation>Das Token ist kein JWT: Es enthält keine Punkte. Es ist ein opakes Token, das nur der Anbieter lesen kann; verwenden Sie Introspection, um den Anbieter danach zu fragen.</translation>
    </message>
    <message>
        <source>The token is not a JWT: a signed JWT has three parts separated by dots, this one has %1.</source>
        <translation>Das Token ist kein JWT: Ein signiertes JWT hat drei durch Punkte getrennte Teile, dieses hat %1.</translation>
    </message>
    <message>
        <source>The token&apos;s header (its first part) is not base64url text. Check that the token was copied completely and without extra characters.</source>
        <translation>Der Header des Tokens (sein erster Teil) ist kein base64url-Text. Prüfen Sie, ob das Token vollständig und ohne zusätzliche Zeichen kopiert wurde.</translation>
    </message>
    <message>
        <source>The token&apos;s payload (its second part) is not base64url text. Check that the token was copied completely and without extra characters.</source>
        <translation>Die Nutzlast des Tokens (sein zweiter Teil) ist kein base64url-Text. Prüfen Sie, ob das Token vollständig und ohne zusätzliche Zeichen kopiert wurde.</translation>
    </message>
    <message>
        <source>The token&apos;s signature (its third part) is not base64url text. Check that the token was copied completely and without extra characters.</source>
        <translation>Die Signatur des Tokens (sein dritter Teil) ist kein base64url-Text. Prüfen Sie, ob das Token vollständig und ohne zusätzliche Zeichen kopiert wurde.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object, so the token is not a JWT.</source>
        <translation>Der Header des Tokens ist kein JSON-Objekt, daher ist das Token kein JWT.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object, so it carries no JWT claims. It may be a signed document of another kind.</source>
        <translation>Die Nutzlast des Tokens ist kein JSON-Objekt und enthält daher keine JWT-Claims. Es kann sich um ein signiertes Dokument anderer Art handeln.</translation>
    </message>
</context>
<context>
    <name>cad::InspectKeys</name>
    <message>
        <source>The provider&apos;s keys cannot be fetched: there is no network access.</source>
        <translation>Die Schlüssel des Anbieters können nicht abgerufen werden: Es besteht kein Netzwerkzugang.</translation>
    </message>
    <message>
        <source>The provider&apos;s keys cannot be fetched: the design&apos;s token URL is not a full https URL. Enter the token URL or the issuer.</source>
        <translation>Die Schlüssel des Anbieters können nicht abgerufen werden: Die Token-URL des Designs ist keine vollständige https-URL. Geben Sie die Token-URL oder den Aussteller ein.</translation>
    </message>
    <message>
        <source>The provider&apos;s keys cannot be fetched: the issuer is not a full https URL. Enter the issuer, such as https://login.example.com.</source>
        <translation>Die Schlüssel des Anbieters können nicht abgerufen werden: Der Aussteller ist keine vollständige https-URL. Geben Sie den Aussteller ein, z. B. https://login.example.com.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata could not be read from %1, so its keys are unknown: %2 If the issuer is not the token URL&apos;s origin, enter it in the design&apos;s issuer property.</source>
        <translation>Die Metadaten des Anbieters konnten nicht von %1 gelesen werden, daher sind seine Schlüssel unbekannt: %2 Wenn der Aussteller nicht der Ursprung der Token-URL ist, geben Sie ihn in der Eigenschaft issuer des Designs ein.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata could not be read from %1, so its keys are unknown: %2</source>
        <translation>Die Metadaten des Anbieters konnten nicht von %1 gelesen werden, daher sind seine Schlüssel unbekannt: %2</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata names no jwks_uri, so signatures cannot be verified. The provider may sign tokens with the client secret (HS256) only, or not publish its keys.</source>
        <translation>Die Metadaten des Anbieters nennen keine jwks_uri, daher können Signaturen nicht überprüft werden. Der Anbieter signiert Token möglicherweise nur mit dem Client Secret (HS256) oder veröffentlicht seine Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The provider&apos;s jwks_uri is not a full URL, so its keys cannot be read. The provider&apos;s metadata is wrong.</source>
        <translation>Die jwks_uri des Anbieters ist keine vollständige URL, daher können seine Schlüssel nicht gelesen werden. Die Metadaten des Anbieters sind fehlerhaft.</translation>
    </message>
    <message>
        <source>The provider&apos;s jwks_uri, %1, is not https. Keys read over plain http could be forged on the way, so they are read only over https (or plain http from this computer).</source>
        <translation>Die jwks_uri des Anbieters, %1, ist nicht https. Über einfaches http gelesene Schlüssel könnten unterwegs gefälscht werden, daher werden sie nur über https gelesen (oder über einfaches http von diesem Computer).</translation>
    </message>
    <message>
        <source>The provider&apos;s keys did not arrive from %1 within %2 seconds. Try again later.</source>
        <translation>Die Schlüssel des Anbieters sind nicht innerhalb von %2 Sekunden von %1 eingetroffen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 MiB, far more than a key set; check the provider&apos;s jwks_uri.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB, weit mehr als ein Schlüsselsatz; prüfen Sie die jwks_uri des Anbieters.</translation>
    </message>
    <message>
        <source>The provider&apos;s keys could not be read from %1: %2. Check the network connection.</source>
        <translation>Die Schlüssel des Anbieters konnten nicht von %1 gelesen werden: %2. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The provider&apos;s jwks_uri %1 answered HTTP %2 instead of its keys. Check the provider&apos;s metadata, or try again later.</source>
        <translation>Die jwks_uri %1 des Anbieters hat mit HTTP %2 statt mit ihren Schlüsseln geantwortet. Prüfen Sie die Metadaten des Anbieters, oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The answer of %1 is not a JSON object, so it is no JWK Set (RFC 7517). Check the provider&apos;s jwks_uri.</source>
        <translation>Die Antwort von %1 ist kein JSON-Objekt, also kein JWK Set (RFC 7517). Prüfen Sie die jwks_uri des Anbieters.</translation>
    </message>
    <message>
        <source>The answer of %1 has no &quot;keys&quot; array, so it is no JWK Set (RFC 7517). Check the provider&apos;s jwks_uri.</source>
        <translation>Die Antwort von %1 hat kein „keys“-Array und ist daher kein JWK Set (RFC 7517). Prüfen Sie die jwks_uri des Anbieters.</translation>
    </message>
</context>
<context>
    <name>cad::InspectSignature</name>
    <message>
        <source>its x and y are not %1-byte base64url coordinates</source>
        <translation>seine x und y sind keine base64url-Koordinaten mit %1 Bytes</translation>
    </message>
    <message>
        <source>its x and y are not a point on %1</source>
        <translation>seine x- und y-Werte sind kein Punkt auf %1</translation>
    </message>
    <message>
        <source>it has no base64url modulus n or exponent e</source>
        <translation>er hat keinen base64url-Modulus n oder Exponenten e</translation>
    </message>
    <message>
        <source>OpenSSL does not accept its n and e</source>
        <translation>OpenSSL akzeptiert sein n und e nicht</translation>
    </message>
    <message>
        <source>it has only %1 bits, and RSA keys of fewer than %2 bits are not trusted (RFC 7518 3.3)</source>
        <translation>er hat nur %1 Bit, und RSA-Schlüsseln mit weniger als %2 Bit wird nicht vertraut (RFC 7518 3.3)</translation>
    </message>
    <message>
        <source>%1 needs the client secret, which this design does not have. Enter the client secret to check the signature; the provider&apos;s public keys cannot check an HMAC signature.</source>
        <translation>%1 benötigt das Client Secret, das dieses Design nicht hat. Geben Sie das Client Secret ein, um die Signatur zu prüfen; die öffentlichen Schlüssel des Anbieters können keine HMAC-Signatur prüfen.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the %1 signature, so it was not checked.</source>
        <translation>OpenSSL konnte die %1-Signatur nicht berechnen, daher wurde sie nicht geprüft.</translation>
    </message>
    <message>
        <source>The %1 signature is valid: it was made with this design&apos;s client secret.</source>
        <translation>Die %1-Signatur ist gültig: Sie wurde mit dem Client Secret dieses Designs erstellt.</translation>
    </message>
    <message>
        <source>The %1 signature does not match the client secret: the token was changed after it was signed, or another secret signed it.</source>
        <translation>Die %1-Signatur passt nicht zum Client Secret: Das Token wurde nach dem Signieren verändert, oder ein anderes Secret hat es signiert.</translation>
    </message>
    <message>
        <source>it is a key of type %1, and %2 needs an %3 key</source>
        <translation>es ist ein Schlüssel vom Typ %1, und %2 benötigt einen %3-Schlüssel</translation>
    </message>
    <message>
        <source>it is meant for %1 signatures, not %2</source>
        <translation>er ist für %1-Signaturen bestimmt, nicht für %2</translation>
    </message>
    <message>
        <source>it is on the curve %1, and %2 needs %3</source>
        <translation>er liegt auf der Kurve %1, und %2 benötigt %3</translation>
    </message>
    <message>
        <source>it is published for &quot;%1&quot;, not for signatures</source>
        <translation>er ist für „%1“ veröffentlicht, nicht für Signaturen</translation>
    </message>
    <message>
        <source>The token&apos;s header names no algorithm (alg), which every signed token must. The token is damaged or was not made by a provider.</source>
        <translation>Der Header des Tokens nennt keinen Algorithmus (alg), was jedes signierte Token muss. Das Token ist beschädigt oder wurde nicht von einem Anbieter erstellt.</translation>
    </message>
    <message>
        <source>The token is not signed (alg &quot;none&quot;), so anyone could have written it. Do not accept it as proof of anything.</source>
        <translation>Das Token ist nicht signiert (alg „none“), daher könnte es jeder geschrieben haben. Akzeptieren Sie es nicht als Nachweis für irgendetwas.</translation>
    </message>
    <message>
        <source>Algorithm %1 is not checked by this version; it checks %2.</source>
        <translation>Algorithmus %1 wird von dieser Version nicht geprüft; sie prüft %2.</translation>
    </message>
    <message>
        <source>No keys of the provider are loaded, so the %1 signature cannot be checked. Fetch the provider&apos;s keys (its jwks_uri) first.</source>
        <translation>Es sind keine Schlüssel des Anbieters geladen, daher kann die %1-Signatur nicht geprüft werden. Rufen Sie zuerst die Schlüssel des Anbieters ab (seine jwks_uri).</translation>
    </message>
    <message>
        <source>The provider publishes no key with id %1. Its keys may have changed since they were fetched: fetch them again. If the key is still missing, the token does not come from this provider.</source>
        <translation>Der Anbieter veröffentlicht keinen Schlüssel mit der ID %1. Seine Schlüssel haben sich möglicherweise geändert, seit sie abgerufen wurden: Rufen Sie sie erneut ab. Fehlt der Schlüssel weiterhin, stammt das Token nicht von diesem Anbieter.</translation>
    </message>
    <message>
        <source>The token says it is signed with %1 by the key %2, but %3. A provider does not make such tokens: the header was changed or the token is forged.</source>
        <translation>Das Token gibt an, mit %1 durch den Schlüssel %2 signiert zu sein, aber %3. Ein Anbieter erstellt keine solchen Token: Der Header wurde geändert oder das Token ist gefälscht.</translation>
    </message>
    <message>
        <source>The provider publishes no %1 key for %2 signatures, and the token names no key id. Fetch the provider&apos;s keys again, or the token does not come from this provider.</source>
        <translation>Der Anbieter veröffentlicht keinen %1-Schlüssel für %2-Signaturen, und das Token nennt keine Schlüssel-ID. Rufen Sie die Schlüssel des Anbieters erneut ab, oder das Token stammt nicht von diesem Anbieter.</translation>
    </message>
    <message>
        <source>The %1 signature is %2 bytes long; it must be %3 (R and S). The token is damaged or forged.</source>
        <translation>Die %1-Signatur ist %2 Bytes lang; sie muss %3 lang sein (R und S). Das Token ist beschädigt oder gefälscht.</translation>
    </message>
    <message>
        <source>the key %1 cannot be used: %2</source>
        <translation>der Schlüssel %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>without id</source>
        <translation>ohne ID</translation>
    </message>
    <message>
        <source>The %1 signature is valid: it was made with a key the provider publishes.</source>
        <translation>Die %1-Signatur ist gültig: Sie wurde mit einem Schlüssel erstellt, den der Anbieter veröffentlicht.</translation>
    </message>
    <message>
        <source>The %1 signature is valid: it was made with the provider&apos;s key %2.</source>
        <translation>Die %1-Signatur ist gültig: Sie wurde mit dem Schlüssel %2 des Anbieters erstellt.</translation>
    </message>
    <message>
        <source>The %1 signature was not checked: %2. Check the provider&apos;s key set.</source>
        <translation>Die %1-Signatur wurde nicht geprüft: %2. Prüfen Sie den Schlüsselsatz des Anbieters.</translation>
    </message>
    <message>
        <source>The %1 signature matches none of the provider&apos;s %2 keys: the token was changed after it was signed, or another key made it.</source>
        <translation>Die %1-Signatur passt zu keinem der %2 Schlüssel des Anbieters: Das Token wurde nach dem Signieren verändert, oder ein anderer Schlüssel hat es erstellt.</translation>
    </message>
    <message>
        <source>The %1 signature does not match the provider&apos;s key %2: the token was changed after it was signed, or another key made it.</source>
        <translation>Die %1-Signatur passt nicht zum Schlüssel %2 des Anbieters: Das Token wurde nach dem Signieren geändert, oder ein anderer Schlüssel hat es signiert.</translation>
    </message>
</context>
<context>
    <name>cad::InspectorController</name>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 issues no tokens: the request the connection sends is in the Request tab.</source>
        <translation>%1 stellt keine Token aus: Die Anfrage, die die Verbindung sendet, finden Sie im Tab „Anfrage“.</translation>
    </message>
    <message>
        <source>The authentication changed since the connection was made: connect again to see the tokens of this design.</source>
        <translation>Die Authentifizierung hat sich geändert, seit die Verbindung hergestellt wurde: Verbinden Sie sich erneut, um die Token dieses Designs zu sehen.</translation>
    </message>
    <message>
        <source>Connect to see the tokens the provider issues.</source>
        <translation>Verbinden Sie sich, um die Token zu sehen, die der Anbieter ausstellt.</translation>
    </message>
</context>
<context>
    <name>cad::InvalidationBanner</name>
    <message>
        <source>Connect &amp;Again</source>
        <translation>Erneut verb&amp;inden</translation>
    </message>
    <message>
        <source>The design-time connection no longer matches the design. Create it again to test the current authentication.</source>
        <translation>Die Entwurfszeitverbindung entspricht nicht mehr dem Entwurf. Stellen Sie sie erneut her, um die aktuelle Authentifizierung zu testen.</translation>
    </message>
</context>
<context>
    <name>cad::JsonPointer</name>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: it must start with / (such as /email or /user/login), or be empty for the whole answer</source>
        <translation>„%1“ ist kein JSON Pointer: er muss mit / beginnen (etwa /email oder /user/login) oder für die ganze Antwort leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: ~ must be written ~0, and a / inside a name ~1</source>
        <translation>„%1“ ist kein JSON Pointer: ~ wird als ~0 geschrieben und ein / in einem Namen als ~1</translation>
    </message>
</context>
<context>
    <name>cad::JsonTree</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cad::Lint</name>
    <message>
        <source>the authorization code flow runs without PKCE</source>
        <translation>der Autorisierungscode-Ablauf läuft ohne PKCE</translation>
    </message>
    <message>
        <source>Choose &quot;OAuth 2.0 Authorization code with PKCE&quot;: RFC 9700 recommends PKCE for every client, and providers that advertise S256 support it.</source>
        <translation>Wählen Sie „OAuth 2.0 Autorisierungscode mit PKCE“: RFC 9700 empfiehlt PKCE für jeden Client, und Anbieter, die S256 angeben, unterstützen es.</translation>
    </message>
    <message>
        <source>PKCE uses the plain method, which sends the verifier itself</source>
        <translation>PKCE verwendet die Methode plain, die den Verifier selbst sendet</translation>
    </message>
    <message>
        <source>Use S256 (RFC 7636 section 4.2); plain is only for clients that cannot hash.</source>
        <translation>Verwenden Sie S256 (RFC 7636, Abschnitt 4.2); plain ist nur für Clients, die nicht hashen können.</translation>
    </message>
    <message>
        <source>Use the PKCE method S256</source>
        <translation>PKCE-Methode S256 verwenden</translation>
    </message>
    <message>
        <source>the refresh token URL is empty, so the published connector cannot refresh its tokens</source>
        <translation>die Refresh-Token-URL ist leer, daher kann der veröffentlichte Konnektor seine Tokens nicht erneuern</translation>
    </message>
    <message>
        <source>Most providers refresh at the token URL (%1).</source>
        <translation>Die meisten Anbieter erneuern an der Token-URL (%1).</translation>
    </message>
    <message>
        <source>Refresh at the token URL</source>
        <translation>An der Token-URL erneuern</translation>
    </message>
    <message>
        <source>the scope asks for openid but not offline_access, so an OpenID provider may issue no refresh token</source>
        <translation>der Scope verlangt openid, aber nicht offline_access, daher stellt ein OpenID-Anbieter womöglich kein Refresh-Token aus</translation>
    </message>
    <message>
        <source>Add offline_access (OpenID Connect Core section 11).</source>
        <translation>Fügen Sie offline_access hinzu (OpenID Connect Core, Abschnitt 11).</translation>
    </message>
    <message>
        <source>Add offline_access</source>
        <translation>offline_access hinzufügen</translation>
    </message>
    <message>
        <source>the scope contains commas, but scopes are sent separated by spaces</source>
        <translation>der Scope enthält Kommas, Scopes werden aber durch Leerzeichen getrennt gesendet</translation>
    </message>
    <message>
        <source>Separate the scopes with spaces (RFC 6749 section 3.3): &quot;%1&quot;.</source>
        <translation>Trennen Sie die Scopes durch Leerzeichen (RFC 6749, Abschnitt 3.3): „%1“.</translation>
    </message>
    <message>
        <source>Separate the scopes with spaces</source>
        <translation>Scopes durch Leerzeichen trennen</translation>
    </message>
    <message>
        <source>the end user is asked for the secret &quot;%1&quot; without a hint</source>
        <translation>der Endnutzer wird ohne Hinweis nach dem Geheimnis „%1“ gefragt</translation>
    </message>
    <message>
        <source>Say where to find it, such as &quot;Settings &gt; API keys in your Acme account&quot;.</source>
        <translation>Sagen Sie, wo es zu finden ist, etwa „Einstellungen &gt; API-Schlüssel in Ihrem Acme-Konto“.</translation>
    </message>
    <message>
        <source>the display name of &quot;%1&quot; is its technical name</source>
        <translation>der Anzeigename von „%1“ ist sein technischer Name</translation>
    </message>
    <message>
        <source>End users read the display name; write it for them, such as &quot;%1&quot;.</source>
        <translation>Endnutzer lesen den Anzeigenamen; schreiben Sie ihn für sie, etwa „%1“.</translation>
    </message>
    <message>
        <source>Use the display name &quot;%1&quot;</source>
        <translation>Anzeigename „%1“ verwenden</translation>
    </message>
    <message>
        <source>the query parameter %1 is also sent by row %2</source>
        <translation>der Query-Parameter %1 wird auch von Zeile %2 gesendet</translation>
    </message>
    <message>
        <source>Services read one of the two; remove or rename one of them.</source>
        <translation>Dienste lesen nur einen der beiden; entfernen oder benennen Sie einen um.</translation>
    </message>
    <message>
        <source>{%1} is used in a URL but has no value and is not asked of the end user</source>
        <translation>{%1} wird in einer URL verwendet, hat aber keinen Wert und wird nicht beim Endnutzer erfragt</translation>
    </message>
    <message>
        <source>Tick &quot;Ask the user&quot; for &quot;%1&quot; or give it a value.</source>
        <translation>Setzen Sie „Benutzer fragen“ für „%1“ oder geben Sie einen Wert an.</translation>
    </message>
    <message>
        <source>the base URL ends with / and the test path starts with one: requests go to //%1</source>
        <translation>die Basis-URL endet mit / und der Testpfad beginnt mit einem: Anfragen gehen an //%1</translation>
    </message>
    <message>
        <source>Remove the trailing / of the base URL.</source>
        <translation>Entfernen Sie das abschließende / der Basis-URL.</translation>
    </message>
    <message>
        <source>Remove the trailing / of the base URL</source>
        <translation>Abschließendes / der Basis-URL entfernen</translation>
    </message>
</context>
<context>
    <name>cad::Location</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>cad::LoopbackReceiver</name>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht zulässig</translation>
    </message>
    <message>
        <source>Sign-in incomplete</source>
        <translation>Anmeldung unvollständig</translation>
    </message>
    <message>
        <source>This address expects the answer of the sign-in page.</source>
        <translation>Diese Adresse erwartet die Antwort der Anmeldeseite.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in was not completed (%1). Return to Connector Auth Designer for details.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen (%1). Details finden Sie in Connector Auth Designer.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to Connector Auth Designer.</source>
        <translation>Sie können dieses Fenster schließen und zu Connector Auth Designer zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Anmeldung nicht angenommen</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress. Start the sign-in from Connector Auth Designer and finish it in the page it opens.</source>
        <translation>Diese Antwort gehört nicht zur laufenden Anmeldung. Starten Sie die Anmeldung in Connector Auth Designer, und schließen Sie sie auf der Seite ab, die dabei geöffnet wird.</translation>
    </message>
</context>
<context>
    <name>cad::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Start a new connector definition</source>
        <translation>Neue Connector-Definition beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a connector definition file</source>
        <translation>Connector-Definitionsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the definition (secret values stay in the keychain)</source>
        <translation>Definition speichern (geheime Werte bleiben im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Nicht gespeicherte Änderungen verwerfen und die Datei neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;About Connector Auth Designer</source>
        <translation>&amp;Über Connector Auth Designer</translation>
    </message>
    <message>
        <source>About Connector Auth Designer</source>
        <translation>Über Connector Auth Designer</translation>
    </message>
    <message>
        <source>Connector Auth Designer %1</source>
        <translation>Connector Auth Designer %1</translation>
    </message>
    <message>
        <source>Design, preview and test the authentication of REST API connectors.</source>
        <translation>Authentifizierung von REST-API-Connectors entwerfen, in der Vorschau anzeigen und testen.</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Authentication &amp;type:</source>
        <translation>Authentifizierungs&amp;typ:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>End-User Preview</source>
        <translation>Endbenutzer-Vorschau</translation>
    </message>
    <message>
        <source>Design-Time Connection</source>
        <translation>Entwurfszeitverbindung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Test Request</source>
        <translation>&amp;Testanfrage senden</translation>
    </message>
    <message>
        <source>&amp;Refresh Token Now</source>
        <translation>Token jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>T&amp;rennen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>%1[*] — Connector Auth Designer</source>
        <translation>%1[*] — Connector Auth Designer</translation>
    </message>
    <message>
        <source>Change Authentication Type</source>
        <translation>Authentifizierungstyp ändern</translation>
    </message>
    <message>
        <source>These are removed: %1. You can undo the switch with %2.</source>
        <translation>Folgendes wird entfernt: %1. Sie können den Wechsel mit %2 rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Create a connector from an OpenAPI / Swagger description or a Postman collection</source>
        <translation>Connector aus einer OpenAPI-/Swagger-Beschreibung oder einer Postman-Collection erstellen</translation>
    </message>
    <message>
        <source>&amp;OpenAPI 3.0…</source>
        <translation>&amp;OpenAPI 3.0…</translation>
    </message>
    <message>
        <source>&amp;Postman Collection…</source>
        <translation>&amp;Postman-Collection…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Exchange Log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Applied: %1. Undo with %2.</source>
        <translation>Angewendet: %1. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>P&amp;robleme</translation>
    </message>
    <message>
        <source>End-User Pre&amp;view</source>
        <translation>Endbenutzer-&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>A&amp;nfrage</translation>
    </message>
    <message>
        <source>&amp;Exchange Log</source>
        <translation>Anfrage&amp;protokoll</translation>
    </message>
    <message>
        <source>Switching to %1 discards a property you added or filled in.</source>
        <translation>Der Wechsel zu %1 verwirft eine Eigenschaft, die Sie hinzugefügt oder ausgefüllt haben.</translation>
    </message>
    <message>
        <source>Switching to %1 discards %2 properties you added or filled in.</source>
        <translation>Der Wechsel zu %1 verwirft %2 Eigenschaften, die Sie hinzugefügt oder ausgefüllt haben.</translation>
    </message>
    <message>
        <source>Re&amp;hearse Token Lifecycle…</source>
        <translation>Token-Lebenszyklus durch&amp;spielen…</translation>
    </message>
    <message>
        <source>Check how the provider handles expiry, refresh, rotation, reuse and revocation</source>
        <translation>Prüfen, wie der Anbieter mit Ablauf, Aktualisierung, Rotation, Wiederverwendung und Widerruf umgeht</translation>
    </message>
    <message>
        <source>New from S&amp;ample</source>
        <translation>Neu aus Beispie&amp;l</translation>
    </message>
    <message>
        <source>Start a new connector from the sample %1</source>
        <translation>Einen neuen Connector aus dem Beispiel %1 beginnen</translation>
    </message>
    <message>
        <source>Sand&amp;box Provider…</source>
        <translation>Sand&amp;box-Anbieter…</translation>
    </message>
    <message>
        <source>The built-in OAuth provider: start and stop it, its clients, switches and request log</source>
        <translation>Der eingebaute OAuth-Anbieter: starten und stoppen, seine Clients, Schalter und sein Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Fill from &amp;Discovery…</source>
        <translation>Aus Dis&amp;covery ausfüllen…</translation>
    </message>
    <message>
        <source>Read the provider&apos;s OAuth or OpenID discovery document and fill in its endpoints, PKCE and scopes</source>
        <translation>Das OAuth- oder OpenID-Discovery-Dokument des Anbieters lesen und seine Endpunkte, PKCE und Scopes ausfüllen</translation>
    </message>
    <message>
        <source>Fill from discovery</source>
        <translation>Aus Discovery ausfüllen</translation>
    </message>
    <message>
        <source>Filled 1 field from discovery. Undo with %1.</source>
        <translation>1 Feld aus Discovery ausgefüllt. Rückgängig mit %1.</translation>
    </message>
    <message>
        <source>Filled %1 fields from discovery. Undo with %2.</source>
        <translation>%1 Felder aus Discovery ausgefüllt. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>Start from a provider&apos;s template: its endpoints, scopes and test request</source>
        <translation>Mit der Vorlage eines Anbieters beginnen: seine Endpunkte, Scopes und Testanfrage</translation>
    </message>
    <message>
        <source>&amp;Inspect Tokens</source>
        <translation>Token &amp;inspizieren</translation>
    </message>
    <message>
        <source>The tokens of the connection, decoded and checked against the design</source>
        <translation>Die Token der Verbindung, decodiert und mit dem Design abgeglichen</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>T&amp;okens</source>
        <translation>T&amp;oken</translation>
    </message>
</context>
<context>
    <name>cad::MovePropertyCommand</name>
    <message>
        <source>Move property %1</source>
        <translation>Eigenschaft %1 verschieben</translation>
    </message>
</context>
<context>
    <name>cad::OAuthClient</name>
    <message>
        <source>client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>redirect URI</source>
        <translation>Redirect URI</translation>
    </message>
    <message>
        <source>network access</source>
        <translation>Netzwerkzugriff</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <source>No sign-in was started, or it already finished.</source>
        <translation>Es wurde keine Anmeldung gestartet, oder sie ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The redirect carries no state.</source>
        <translation>Die Weiterleitung enthält keinen state-Parameter.</translation>
    </message>
    <message>
        <source>The redirect&apos;s state differs from the one sent.</source>
        <translation>Der state-Parameter der Weiterleitung weicht vom gesendeten ab.</translation>
    </message>
    <message>
        <source>The redirect carries neither a code nor an error.</source>
        <translation>Die Weiterleitung enthält weder einen Code noch einen Fehler.</translation>
    </message>
    <message>
        <source>There is no refresh token.</source>
        <translation>Es ist kein Refresh Token vorhanden.</translation>
    </message>
    <message>
        <source>No revocation URL is configured; the token was only deleted locally.</source>
        <translation>Es ist keine Widerrufs-URL konfiguriert; das Token wurde nur lokal gelöscht.</translation>
    </message>
    <message>
        <source>%1 is not https; credentials are sent only over https, or over plain http to 127.0.0.1, ::1 or localhost.</source>
        <translation>%1 ist kein https; Anmeldedaten werden nur über https gesendet, oder über unverschlüsseltes http an 127.0.0.1, ::1 oder localhost.</translation>
    </message>
    <message>
        <source>The sign-in answer comes from the issuer %1, not from %2 where it was sent. Nothing was sent to the token endpoint. If that issuer is right, enter it in the &quot;issuer&quot; property.</source>
        <translation>Die Anmeldeantwort stammt vom Issuer %1, nicht von %2, wohin die Anfrage ging. An den Token-Endpunkt wurde nichts gesendet. Wenn dieser Issuer richtig ist, tragen Sie ihn in die Eigenschaft „issuer“ ein.</translation>
    </message>
    <message>
        <source>The sign-in answer comes from the issuer %1, but this connector expects %2. Nothing was sent to the token endpoint.</source>
        <translation>Die Anmeldeantwort stammt vom Issuer %1, dieser Connector erwartet aber %2. An den Token-Endpunkt wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 KiB; a token response is a few KiB at most.</source>
        <translation>Die Antwort ist größer als %1 KiB; eine Token-Antwort umfasst höchstens wenige KiB.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>cad::OAuthError</name>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>Token-Anfrage</translation>
    </message>
    <message>
        <source>Token refresh</source>
        <translation>Token-Aktualisierung</translation>
    </message>
    <message>
        <source>Token revocation</source>
        <translation>Token-Widerruf</translation>
    </message>
    <message>
        <source>Test request</source>
        <translation>Testanfrage</translation>
    </message>
    <message>
        <source>the OAuth configuration is incomplete</source>
        <translation>die OAuth-Konfiguration ist unvollständig</translation>
    </message>
    <message>
        <source>the redirect&apos;s state does not match the request (possible forgery); no token was requested</source>
        <translation>der state-Parameter der Weiterleitung passt nicht zur Anfrage (möglicher Fälschungsversuch); es wurde kein Token angefordert</translation>
    </message>
    <message>
        <source>the authorization server refused the request</source>
        <translation>der Autorisierungsserver hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>the grant is no longer valid</source>
        <translation>der Grant ist nicht mehr gültig</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a valid OAuth response</source>
        <translation>die Antwort des Servers ist keine gültige OAuth-Antwort</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>Fill in the missing OAuth settings and try again.</source>
        <translation>Ergänzen Sie die fehlenden OAuth-Einstellungen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Start the sign-in again from this application.</source>
        <translation>Starten Sie die Anmeldung erneut aus dieser Anwendung.</translation>
    </message>
    <message>
        <source>Sign in again and approve the requested access, or check the client&apos;s allowed scopes and redirect URI.</source>
        <translation>Melden Sie sich erneut an, und genehmigen Sie den angeforderten Zugriff, oder prüfen Sie die zulässigen Scopes und die Redirect URI des Clients.</translation>
    </message>
    <message>
        <source>Check the client ID, the client secret and where the credentials are sent (Basic header or request body).</source>
        <translation>Prüfen Sie die Client ID, das Client Secret und wohin die Anmeldedaten gesendet werden (Basic-Header oder Anfrage-Body).</translation>
    </message>
    <message>
        <source>Check the requested scopes.</source>
        <translation>Prüfen Sie die angeforderten Scopes.</translation>
    </message>
    <message>
        <source>Check the OAuth settings against the provider&apos;s documentation.</source>
        <translation>Prüfen Sie die OAuth-Einstellungen anhand der Dokumentation des Anbieters.</translation>
    </message>
    <message>
        <source>Sign in again to create a new authorization.</source>
        <translation>Melden Sie sich erneut an, um eine neue Autorisierung zu erstellen.</translation>
    </message>
    <message>
        <source>The server has a problem; try again later.</source>
        <translation>Der Server hat ein Problem; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the token URL and the client settings.</source>
        <translation>Prüfen Sie die Token-URL und die Client-Einstellungen.</translation>
    </message>
    <message>
        <source>Check that the URL points to the provider&apos;s OAuth token endpoint.</source>
        <translation>Prüfen Sie, ob die URL auf den OAuth-Token-Endpunkt des Anbieters verweist.</translation>
    </message>
    <message>
        <source>Check the URL and your network connection.</source>
        <translation>Prüfen Sie die URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate; the connection was not trusted.</source>
        <translation>Prüfen Sie das Zertifikat des Servers; der Verbindung wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Try again later, or check the URL.</source>
        <translation>Versuchen Sie es später erneut, oder prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>API request</source>
        <translation>API-Anfrage</translation>
    </message>
    <message>
        <source>Token introspection</source>
        <translation>Token-Introspection</translation>
    </message>
</context>
<context>
    <name>cad::OAuthSettings</name>
    <message>
        <source>This connector does not use OAuth 2.0.</source>
        <translation>Dieser Connector verwendet kein OAuth 2.0.</translation>
    </message>
</context>
<context>
    <name>cad::OriginConfirmation</name>
    <message>
        <source>This design would send your stored %1 to %2; it was saved without a record of where it may go (by an earlier version).</source>
        <translation>Dieser Entwurf würde Ihren gespeicherten Wert „%1“ an %2 senden; er wurde ohne Angabe gespeichert, wohin er gesendet werden darf (von einer früheren Version).</translation>
    </message>
    <message>
        <source>This design would send your stored %1 to %2; it was saved for %3.</source>
        <translation>Dieser Entwurf würde Ihren gespeicherten Wert „%1“ an %2 senden; er wurde für %3 gespeichert.</translation>
    </message>
    <message>
        <source>If you say no, the tokens are deleted here without being revoked.</source>
        <translation>Bei „Nein“ werden die Token hier gelöscht, ohne sie zu widerrufen.</translation>
    </message>
    <message>
        <source>Allow it only if you trust this definition file. If you say no, nothing is sent; check the URLs in the design.</source>
        <translation>Erlauben Sie es nur, wenn Sie dieser Definitionsdatei vertrauen. Bei „Nein“ wird nichts gesendet; prüfen Sie die URLs im Entwurf.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>Show a secret&apos;s name with a lower-case first letter in the sentences below? Translate as yes or no.</comment>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>cad::PreviewField</name>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Text anzeigen</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Text ausblenden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Erforderlich. %1</translation>
    </message>
    <message>
        <source>Enter your %1</source>
        <translation>%1 eingeben</translation>
    </message>
</context>
<context>
    <name>cad::PreviewForm</name>
    <message>
        <source>Connector logo</source>
        <translation>Connector-Logo</translation>
    </message>
    <message>
        <source>Untitled connector</source>
        <translation>Unbenannter Connector</translation>
    </message>
    <message>
        <source>Sign in with your %1 account</source>
        <translation>Melden Sie sich mit Ihrem %1-Konto an</translation>
    </message>
    <message>
        <source>Connect %1 with your app&apos;s credentials</source>
        <translation>Verbinden Sie %1 mit den Anmeldedaten Ihrer App</translation>
    </message>
    <message>
        <source>Sign in with your %1 user name and password</source>
        <translation>Melden Sie sich mit Ihrem Benutzernamen und Passwort für %1 an</translation>
    </message>
    <message>
        <source>Connect with your %1 API key</source>
        <translation>Verbinden Sie sich mit Ihrem API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Connect with a %1 personal access token</source>
        <translation>Verbinden Sie sich mit einem Personal Access Token für %1</translation>
    </message>
    <message>
        <source>Enter the details %1 needs to connect</source>
        <translation>Geben Sie die Angaben ein, die %1 zum Verbinden benötigt</translation>
    </message>
    <message>
        <source>No sign-in needed</source>
        <translation>Keine Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>You will be redirected to the %1 sign-in page.</source>
        <translation>Sie werden zur Anmeldeseite von %1 weitergeleitet.</translation>
    </message>
    <message>
        <source>You will be redirected to %1 to sign in.</source>
        <translation>Sie werden zur Anmeldung an %1 weitergeleitet.</translation>
    </message>
    <message>
        <source>This connector needs no credentials.</source>
        <translation>Dieser Connector benötigt keine Anmeldedaten.</translation>
    </message>
    <message>
        <source>%1 connects with the app&apos;s own credentials: there is nothing to enter.</source>
        <translation>%1 verbindet sich mit den eigenen Anmeldedaten der App: Sie müssen nichts eingeben.</translation>
    </message>
    <message>
        <source>There is nothing to enter: %1 supplies everything it needs.</source>
        <translation>Sie müssen nichts eingeben: %1 stellt alles Nötige selbst bereit.</translation>
    </message>
    <message>
        <source>your-%1</source>
        <comment>a host name part the end user has not typed yet</comment>
        <translation>ihr-%1</translation>
    </message>
</context>
<context>
    <name>cad::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Add Property</source>
        <translation>Eigenschaft &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Property</source>
        <translation>Eigenschaft &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Edit Property…</source>
        <translation>Eigenschaft &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete Property</source>
        <translation>Eigenschaft &amp;löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Built-in required properties of this authentication type cannot be deleted.</source>
        <translation>Integrierte Pflichteigenschaften dieses Authentifizierungstyps können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete the selected property (Del)</source>
        <translation>Ausgewählte Eigenschaft löschen (Entf)</translation>
    </message>
    <message>
        <source>New property</source>
        <translation>Neue Eigenschaft</translation>
    </message>
    <message>
        <source>Add property %1</source>
        <translation>Eigenschaft %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate property %1</source>
        <translation>Eigenschaft %1 duplizieren</translation>
    </message>
    <message>
        <source>Edit property %1</source>
        <translation>Eigenschaft %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add Ad&amp;vanced Property</source>
        <translation>&amp;Erweiterte Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>How the provider&apos;s token response and the token&apos;s placement differ from the OAuth standard</source>
        <translation>Wie die Token-Antwort des Anbieters und die Platzierung des Tokens vom OAuth-Standard abweichen</translation>
    </message>
    <message>
        <source>The design has every advanced property</source>
        <translation>Der Entwurf hat jede erweiterte Eigenschaft</translation>
    </message>
</context>
<context>
    <name>cad::PropertiesTableModel</name>
    <message>
        <source>Header: %1</source>
        <translation>Header-Feld: %1</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Query-Parameter: %1</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Required: &quot;%1&quot; has no value. Enter a value, or tick &quot;Ask the user&quot; so the end user supplies it.</source>
        <translation>Erforderlich: „%1“ hat keinen Wert. Geben Sie einen Wert ein, oder aktivieren Sie „Benutzer fragen“, damit der Endbenutzer ihn angibt.</translation>
    </message>
    <message>
        <source>Built-in property of this authentication type. %1</source>
        <translation>Integrierte Eigenschaft dieses Authentifizierungstyps. %1</translation>
    </message>
    <message>
        <source>Ticked: the end user fills this value in when creating a connection.</source>
        <translation>Aktiviert: Der Endbenutzer gibt diesen Wert beim Erstellen einer Verbindung ein.</translation>
    </message>
    <message>
        <source>Where the value travels on requests. Change the key and template with Edit property…</source>
        <translation>Wo der Wert in Anfragen übertragen wird. Schlüssel und Vorlage ändern Sie mit Eigenschaft bearbeiten…</translation>
    </message>
    <message>
        <source>secret value, empty</source>
        <translation>geheimer Wert, leer</translation>
    </message>
    <message>
        <source>secret value, hidden</source>
        <translation>geheimer Wert, verborgen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Ask the user</source>
        <translation>Benutzer fragen</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Technical name, used in {variables} and files</source>
        <translation>Technischer Name, verwendet in {variables} und Dateien</translation>
    </message>
    <message>
        <source>The author&apos;s value, or the default offered to the end user</source>
        <translation>Der Wert des Autors oder der dem Endbenutzer angebotene Standardwert</translation>
    </message>
    <message>
        <source>Whether the end user enters this value when connecting</source>
        <translation>Ob der Endbenutzer diesen Wert beim Verbinden eingibt</translation>
    </message>
    <message>
        <source>Where the value is sent: header, query parameter, body field, or not sent</source>
        <translation>Wohin der Wert gesendet wird: Header, Query-Parameter, Body-Feld oder nicht gesendet</translation>
    </message>
    <message>
        <source>Change value of %1</source>
        <translation>Wert von %1 ändern</translation>
    </message>
    <message>
        <source>Change &quot;Ask the user&quot; of %1</source>
        <translation>„Benutzer fragen“ von %1 ändern</translation>
    </message>
    <message>
        <source>Change &quot;Required&quot; of %1</source>
        <translation>„Erforderlich“ von %1 ändern</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Change display name of %1</source>
        <translation>Anzeigename von %1 ändern</translation>
    </message>
    <message>
        <source>Change where %1 is sent</source>
        <translation>Ändern, wohin %1 gesendet wird</translation>
    </message>
</context>
<context>
    <name>cad::PropertyDelegate</name>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Geheimer Wert</translation>
    </message>
</context>
<context>
    <name>cad::Rehearsal</name>
    <message>
        <source>a public client, without a secret</source>
        <translation>einem öffentlichen Client ohne Secret</translation>
    </message>
    <message>
        <source>the client secret in a Basic header</source>
        <translation>dem Client Secret in einem Basic-Header</translation>
    </message>
    <message>
        <source>the client secret in the request body</source>
        <translation>dem Client Secret im Anfrage-Body</translation>
    </message>
    <message>
        <source>Does the token response say when the token expires (expires_in)?</source>
        <translation>Sagt die Token-Antwort, wann das Token abläuft (expires_in)?</translation>
    </message>
    <message>
        <source>Does the token response name the token type?</source>
        <translation>Nennt die Token-Antwort den Token-Typ?</translation>
    </message>
    <message>
        <source>Was a refresh token issued?</source>
        <translation>Wurde ein Refresh Token ausgestellt?</translation>
    </message>
    <message>
        <source>Is the granted scope the requested scope?</source>
        <translation>Ist der gewährte Scope der angeforderte?</translation>
    </message>
    <message>
        <source>Does refresh work with the design&apos;s client authentication?</source>
        <translation>Funktioniert die Aktualisierung mit der Client-Authentifizierung des Entwurfs?</translation>
    </message>
    <message>
        <source>Does the refresh token rotate?</source>
        <translation>Rotiert das Refresh Token?</translation>
    </message>
    <message>
        <source>Does the new access token pass the test request?</source>
        <translation>Besteht das neue Access Token die Testanfrage?</translation>
    </message>
    <message>
        <source>Is a replaced refresh token refused?</source>
        <translation>Wird ein ersetztes Refresh Token abgelehnt?</translation>
    </message>
    <message>
        <source>Are revoked tokens refused?</source>
        <translation>Werden widerrufene Token abgelehnt?</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>passed %1, findings %2, failed %3, skipped %4</source>
        <translation>bestanden %1, Befunde %2, fehlgeschlagen %3, übersprungen %4</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Probe: %1</translation>
    </message>
    <message>
        <source>The response does not name the scope; by RFC 6749 (5.1) that means the requested scope was granted.</source>
        <translation>Die Antwort nennt keinen Scope; nach RFC 6749 (5.1) heißt das, dass der angeforderte Scope gewährt wurde.</translation>
    </message>
    <message>
        <source>Granted &quot;%1&quot;, as requested.</source>
        <translation>Gewährt: „%1“, wie angefordert.</translation>
    </message>
    <message>
        <source>Not granted: %1.</source>
        <translation>Nicht gewährt: %1.</translation>
    </message>
    <message>
        <source>Granted without being requested: %1.</source>
        <translation>Ohne Anforderung gewährt: %1.</translation>
    </message>
    <message>
        <source>Granted &quot;%1&quot;.</source>
        <translation>Gewährt: „%1“.</translation>
    </message>
    <message>
        <source>API calls that need %1 will fail: enable it for the app at the provider, or remove it from Scope.</source>
        <translation>API-Aufrufe, die %1 brauchen, schlagen fehl: Aktivieren Sie es für die App beim Anbieter, oder entfernen Sie es aus Scope.</translation>
    </message>
    <message>
        <source>The provider adds scopes of its own; nothing to change unless the connector must not hold them.</source>
        <translation>Der Anbieter fügt eigene Scopes hinzu; nichts zu ändern, es sei denn, der Connector darf sie nicht besitzen.</translation>
    </message>
    <message>
        <source>Only OAuth 2.0 connections have a token lifecycle to rehearse.</source>
        <translation>Nur OAuth-2.0-Verbindungen haben einen Token-Lebenszyklus, den man durchspielen kann.</translation>
    </message>
    <message>
        <source>A rehearsal is already running.</source>
        <translation>Es läuft bereits eine Probe.</translation>
    </message>
    <message>
        <source>Connect first: the rehearsal works with the design-time connection&apos;s tokens.</source>
        <translation>Verbinden Sie zuerst: Die Probe arbeitet mit den Token der Entwurfszeitverbindung.</translation>
    </message>
    <message>
        <source>The connection has no tokens to rehearse with. Connect again.</source>
        <translation>Die Verbindung hat keine Token für eine Probe. Verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation>Es gibt keine Verbindung.</translation>
    </message>
    <message>
        <source>The connection changed during the rehearsal (%1), so it stopped.</source>
        <translation>Die Verbindung hat sich während der Probe geändert (%1); die Probe wurde beendet.</translation>
    </message>
    <message>
        <source>The rehearsal was cancelled.</source>
        <translation>Die Probe wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No token response was seen: the connection was restored from the keychain and the refresh did not succeed. Connect again, then rehearse.</source>
        <translation>Es wurde keine Token-Antwort gesehen: Die Verbindung wurde aus dem Schlüsselbund wiederhergestellt, und die Aktualisierung ist fehlgeschlagen. Verbinden Sie erneut, und spielen Sie dann durch.</translation>
    </message>
    <message>
        <source>expires_in: %1 s.</source>
        <translation>expires_in: %1 s.</translation>
    </message>
    <message>
        <source>The token response has no expires_in, so a connection cannot know when its token expires.</source>
        <translation>Die Token-Antwort hat kein expires_in; eine Verbindung kann also nicht wissen, wann ihr Token abläuft.</translation>
    </message>
    <message>
        <source>Set Refresh interval to the token lifetime the provider documents (the connection assumes %1 s now).</source>
        <translation>Setzen Sie das Aktualisierungsintervall auf die vom Anbieter dokumentierte Token-Lebensdauer (die Verbindung nimmt jetzt %1 s an).</translation>
    </message>
    <message>
        <source>token_type: Bearer.</source>
        <translation>token_type: Bearer.</translation>
    </message>
    <message>
        <source>The token response has no token_type (RFC 6749 requires it); the token is sent as Bearer.</source>
        <translation>Die Token-Antwort hat kein token_type (RFC 6749 verlangt es); das Token wird als Bearer gesendet.</translation>
    </message>
    <message>
        <source>Nothing to change as long as the test request passes; a strict client library may refuse such a response.</source>
        <translation>Nichts zu ändern, solange die Testanfrage besteht; eine strenge Client-Bibliothek lehnt eine solche Antwort womöglich ab.</translation>
    </message>
    <message>
        <source>A refresh token was issued.</source>
        <translation>Ein Refresh Token wurde ausgestellt.</translation>
    </message>
    <message>
        <source>None, as usual for client credentials: a new token is requested instead (RFC 6749 4.4.3).</source>
        <translation>Keines, wie bei Client Credentials üblich: Stattdessen wird ein neues Token angefordert (RFC 6749 4.4.3).</translation>
    </message>
    <message>
        <source>No refresh token was issued: end users must sign in again whenever the access token expires.</source>
        <translation>Es wurde kein Refresh Token ausgestellt: Endbenutzer müssen sich jedes Mal neu anmelden, wenn das Access Token abläuft.</translation>
    </message>
    <message>
        <source>Many providers issue one only for an extra scope (often offline_access) or an app setting; add it to Scope if the provider documents one.</source>
        <translation>Viele Anbieter stellen es nur für einen zusätzlichen Scope (oft offline_access) oder eine App-Einstellung aus; fügen Sie ihn zu Scope hinzu, wenn der Anbieter einen dokumentiert.</translation>
    </message>
    <message>
        <source>There is no refresh token to rehearse with.</source>
        <translation>Es gibt kein Refresh Token für die Probe.</translation>
    </message>
    <message>
        <source>Requesting a new token…</source>
        <translation>Neues Token wird angefordert…</translation>
    </message>
    <message>
        <source>Refreshing the token…</source>
        <translation>Token wird aktualisiert…</translation>
    </message>
    <message>
        <source>(Seen on the refresh response: the connection was restored from the keychain.)</source>
        <translation>(An der Aktualisierungsantwort gesehen: Die Verbindung wurde aus dem Schlüsselbund wiederhergestellt.)</translation>
    </message>
    <message>
        <source>The provider refused the client authentication (%1): switch Basic header, or check the client secret.</source>
        <translation>Der Anbieter hat die Client-Authentifizierung abgelehnt (%1): Schalten Sie Basic-Header um, oder prüfen Sie das Client Secret.</translation>
    </message>
    <message>
        <source>The provider refused the refresh token: end users would have to sign in again after every expiry. Check the Refresh URL and whether the provider needs extra parameters on refresh.</source>
        <translation>Der Anbieter hat das Refresh Token abgelehnt: Endbenutzer müssten sich nach jedem Ablauf neu anmelden. Prüfen Sie die Refresh-Token-URL und ob der Anbieter bei der Aktualisierung zusätzliche Parameter braucht.</translation>
    </message>
    <message>
        <source>Check the Refresh URL (or the Token URL) and the provider&apos;s status, then rehearse again.</source>
        <translation>Prüfen Sie die Refresh-Token-URL (oder die Token-URL) und den Status des Anbieters, und spielen Sie dann erneut durch.</translation>
    </message>
    <message>
        <source>The refresh did not succeed.</source>
        <translation>Die Aktualisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A new token was issued, with %1.</source>
        <translation>Ein neues Token wurde ausgestellt, mit %1.</translation>
    </message>
    <message>
        <source>A new access token was issued, with %1.</source>
        <translation>Ein neues Access Token wurde ausgestellt, mit %1.</translation>
    </message>
    <message>
        <source>Client credentials have no refresh token.</source>
        <translation>Client Credentials haben kein Refresh Token.</translation>
    </message>
    <message>
        <source>Yes: the refresh returned a new refresh token.</source>
        <translation>Ja: Die Aktualisierung lieferte ein neues Refresh Token.</translation>
    </message>
    <message>
        <source>The connection must store the new refresh token after every refresh; one that keeps using the old token breaks.</source>
        <translation>Die Verbindung muss nach jeder Aktualisierung das neue Refresh Token speichern; eine, die das alte weiterverwendet, bricht ab.</translation>
    </message>
    <message>
        <source>No: the refresh returned the same refresh token.</source>
        <translation>Nein: Die Aktualisierung lieferte dasselbe Refresh Token.</translation>
    </message>
    <message>
        <source>No: the refresh response has no refresh token, so the old one stays valid (RFC 6749 6).</source>
        <translation>Nein: Die Aktualisierungsantwort hat kein Refresh Token, das alte bleibt also gültig (RFC 6749 6).</translation>
    </message>
    <message>
        <source>Sending the test request with the new access token…</source>
        <translation>Testanfrage mit dem neuen Access Token wird gesendet…</translation>
    </message>
    <message>
        <source>%1 %2 answered %3.</source>
        <translation>%1 %2 antwortete %3.</translation>
    </message>
    <message>
        <source>A refreshed token must work like the first one: compare the scope of the refresh response with the first one, and check whether the provider needs the scope again on refresh.</source>
        <translation>Ein aktualisiertes Token muss wie das erste funktionieren: Vergleichen Sie den Scope der Aktualisierungsantwort mit dem ersten, und prüfen Sie, ob der Anbieter den Scope bei der Aktualisierung erneut braucht.</translation>
    </message>
    <message>
        <source>The refresh token did not rotate, so there is no replaced one to reuse.</source>
        <translation>Das Refresh Token rotierte nicht; es gibt also kein ersetztes, das wiederverwendet werden könnte.</translation>
    </message>
    <message>
        <source>Trying the replaced refresh token again…</source>
        <translation>Ersetztes Refresh Token wird erneut versucht…</translation>
    </message>
    <message>
        <source>No: the provider accepted the replaced refresh token again.</source>
        <translation>Nein: Der Anbieter hat das ersetzte Refresh Token erneut angenommen.</translation>
    </message>
    <message>
        <source>A leaked refresh token stays usable after rotation. Set Revoke URL so that disconnecting ends the grant.</source>
        <translation>Ein entwendetes Refresh Token bleibt nach der Rotation verwendbar. Setzen Sie die Token-Widerrufs-URL, damit das Trennen die Berechtigung beendet.</translation>
    </message>
    <message>
        <source>Inconclusive: %1</source>
        <translation>Nicht eindeutig: %1</translation>
    </message>
    <message>
        <source>The provider answered with something other than invalid_grant; rehearse again.</source>
        <translation>Der Anbieter antwortete mit etwas anderem als invalid_grant; spielen Sie erneut durch.</translation>
    </message>
    <message>
        <source>Checking whether the current refresh token still works…</source>
        <translation>Es wird geprüft, ob das aktuelle Refresh Token noch funktioniert…</translation>
    </message>
    <message>
        <source>Yes: the replaced refresh token was refused (invalid_grant), and the current one still works.</source>
        <translation>Ja: Das ersetzte Refresh Token wurde abgelehnt (invalid_grant), und das aktuelle funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Yes, and then the current refresh token was refused too: the provider ended the whole grant when a replaced refresh token came back (reuse detection).</source>
        <translation>Ja, und danach wurde auch das aktuelle Refresh Token abgelehnt: Der Anbieter hat die ganze Berechtigung beendet, als ein ersetztes Refresh Token zurückkam (Wiederverwendungserkennung).</translation>
    </message>
    <message>
        <source>If two copies of a connection ever refresh with the same token (a retry, parallel workers), the end user must sign in again: refresh in one place and store each new refresh token at once.</source>
        <translation>Wenn zwei Kopien einer Verbindung je mit demselben Token aktualisieren (ein Wiederholungsversuch, parallele Worker), muss sich der Endbenutzer neu anmelden: Aktualisieren Sie an einer Stelle, und speichern Sie jedes neue Refresh Token sofort.</translation>
    </message>
    <message>
        <source>Yes: the replaced refresh token was refused (invalid_grant). Whether the grant survives is unknown: %1</source>
        <translation>Ja: Das ersetzte Refresh Token wurde abgelehnt (invalid_grant). Ob die Berechtigung fortbesteht, ist unbekannt: %1</translation>
    </message>
    <message>
        <source>The grant had already ended at the reuse check, so revocation could not be rehearsed on its own.</source>
        <translation>Die Berechtigung endete schon bei der Wiederverwendungsprüfung; der Widerruf konnte also nicht eigens durchgespielt werden.</translation>
    </message>
    <message>
        <source>Client credentials designs have no Revoke URL: their tokens end when they expire, and a new one is requested each time.</source>
        <translation>Entwürfe mit Client Credentials haben keine Token-Widerrufs-URL: Ihre Token enden mit ihrem Ablauf, und jedes Mal wird ein neues angefordert.</translation>
    </message>
    <message>
        <source>The design has no Revoke URL: disconnecting deletes the tokens only here; they stay valid at the provider until they expire.</source>
        <translation>Der Entwurf hat keine Token-Widerrufs-URL: Das Trennen löscht die Token nur hier; beim Anbieter bleiben sie bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>Set Revoke URL if the provider offers token revocation (RFC 7009).</source>
        <translation>Setzen Sie die Token-Widerrufs-URL, wenn der Anbieter Token-Widerruf anbietet (RFC 7009).</translation>
    </message>
    <message>
        <source>Revoking the tokens…</source>
        <translation>Token werden widerrufen…</translation>
    </message>
    <message>
        <source>The revocation was refused. %1</source>
        <translation>Der Widerruf wurde abgelehnt. %1</translation>
    </message>
    <message>
        <source>Check Revoke URL and the client authentication: disconnecting cannot end a connection now.</source>
        <translation>Prüfen Sie die Token-Widerrufs-URL und die Client-Authentifizierung: Das Trennen kann eine Verbindung derzeit nicht beenden.</translation>
    </message>
    <message>
        <source>Sending the test request with the revoked access token…</source>
        <translation>Testanfrage mit dem widerrufenen Access Token wird gesendet…</translation>
    </message>
    <message>
        <source>After revocation the old access token was refused (HTTP %1).</source>
        <translation>Nach dem Widerruf wurde das alte Access Token abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>After revocation the old access token was still accepted (HTTP %1).</source>
        <translation>Nach dem Widerruf wurde das alte Access Token noch angenommen (HTTP %1).</translation>
    </message>
    <message>
        <source>After revocation the test request with the old access token gave: %1</source>
        <translation>Nach dem Widerruf ergab die Testanfrage mit dem alten Access Token: %1</translation>
    </message>
    <message>
        <source>Disconnecting does not end the grant at this provider. Check that Revoke URL is the provider&apos;s revocation endpoint.</source>
        <translation>Das Trennen beendet die Berechtigung bei diesem Anbieter nicht. Prüfen Sie, ob die Token-Widerrufs-URL der Widerrufsendpunkt des Anbieters ist.</translation>
    </message>
    <message>
        <source>The provider&apos;s access tokens stay valid until they expire, even after disconnecting: keep their lifetime short, and tell end users.</source>
        <translation>Die Access Token des Anbieters bleiben bis zu ihrem Ablauf gültig, auch nach dem Trennen: Halten Sie ihre Lebensdauer kurz, und sagen Sie es den Endbenutzern.</translation>
    </message>
    <message>
        <source>The test request did not answer clearly; check it passes on a fresh connection and rehearse again.</source>
        <translation>Die Testanfrage gab keine klare Antwort; prüfen Sie, ob sie mit einer frischen Verbindung besteht, und spielen Sie erneut durch.</translation>
    </message>
    <message>
        <source>The old refresh token was still accepted.</source>
        <translation>Das alte Refresh Token wurde noch angenommen.</translation>
    </message>
    <message>
        <source>The old refresh token was refused (invalid_grant).</source>
        <translation>Das alte Refresh Token wurde abgelehnt (invalid_grant).</translation>
    </message>
    <message>
        <source>Refreshing with the old refresh token gave: %1</source>
        <translation>Die Aktualisierung mit dem alten Refresh Token ergab: %1</translation>
    </message>
    <message>
        <source>The connection was left as it is.</source>
        <translation>Die Verbindung wurde belassen, wie sie ist.</translation>
    </message>
    <message>
        <source>The rehearsal revoked the connection&apos;s tokens, so the connection is disconnected. Connect again to go on.</source>
        <translation>Die Probe hat die Token der Verbindung widerrufen; die Verbindung ist daher getrennt. Verbinden Sie erneut, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The rehearsal ended this connection&apos;s grant, so the connection is disconnected. Connect again to go on.</source>
        <translation>Die Probe hat die Berechtigung dieser Verbindung beendet; die Verbindung ist daher getrennt. Verbinden Sie erneut, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The connection goes on with the tokens the rehearsal obtained last.</source>
        <translation>Die Verbindung arbeitet mit den Token weiter, die die Probe zuletzt erhalten hat.</translation>
    </message>
    <message>
        <source>Rehearsal finished.</source>
        <translation>Probe beendet.</translation>
    </message>
    <message>
        <source>The connection is unchanged.</source>
        <translation>Die Verbindung ist unverändert.</translation>
    </message>
    <message>
        <source>The connection is refreshing its token; rehearse when it has finished.</source>
        <translation>Die Verbindung aktualisiert gerade ihr Token; spielen Sie durch, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>A stored secret would go to a new origin. Press Test first and allow it, then rehearse.</source>
        <translation>Ein gespeicherter geheimer Wert würde an einen neuen Ursprung gehen. Drücken Sie zuerst Testen und erlauben Sie es, dann spielen Sie durch.</translation>
    </message>
    <message>
        <source>The connection changed meanwhile; the tokens the rehearsal obtained are revoked.</source>
        <translation>Die Verbindung hat sich inzwischen geändert; die Token, die die Probe erhalten hat, werden widerrufen.</translation>
    </message>
    <message>
        <source>The connection changed meanwhile; the tokens the rehearsal obtained stay valid until they expire (the design has no Revoke URL).</source>
        <translation>Die Verbindung hat sich inzwischen geändert; die Token, die die Probe erhalten hat, bleiben bis zu ihrem Ablauf gültig (der Entwurf hat keine Token-Widerrufs-URL).</translation>
    </message>
</context>
<context>
    <name>cad::RehearsalDialog</name>
    <message>
        <source>&amp;Stop Rehearsal</source>
        <translation>Probe &amp;beenden</translation>
    </message>
    <message>
        <source>Rehearse &amp;Again</source>
        <translation>&amp;Erneut durchspielen</translation>
    </message>
    <message>
        <source>Cop&amp;y Report</source>
        <translation>Bericht ko&amp;pieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rehearse the Token Lifecycle</source>
        <translation>Token-Lebenszyklus durchspielen</translation>
    </message>
    <message>
        <source>The rehearsal works with the real provider, as the connector&apos;s end users will meet it: it refreshes the token, tries a replaced refresh token again and revokes the tokens. Every exchange appears in the Exchange Log.</source>
        <translation>Die Probe arbeitet mit dem echten Anbieter, so wie die Endbenutzer des Connectors ihm begegnen: Sie aktualisiert das Token, versucht ein ersetztes Refresh Token erneut und widerruft die Token. Jeder Austausch erscheint im Anfrageprotokoll.</translation>
    </message>
    <message>
        <source>Stop after the current step; the report keeps what was checked</source>
        <translation>Nach dem aktuellen Schritt aufhören; der Bericht behält, was geprüft wurde</translation>
    </message>
    <message>
        <source>Run the rehearsal again with the connection&apos;s current tokens</source>
        <translation>Die Probe mit den aktuellen Token der Verbindung erneut durchführen</translation>
    </message>
    <message>
        <source>Copy the checklist as text (it holds no tokens)</source>
        <translation>Die Checkliste als Text kopieren (sie enthält keine Token)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Rehearsal finished: %1.</source>
        <translation>Probe beendet: %1.</translation>
    </message>
    <message>
        <source>Checked so far: %1.</source>
        <translation>Bisher geprüft: %1.</translation>
    </message>
</context>
<context>
    <name>cad::RemovePropertyCommand</name>
    <message>
        <source>Delete property %1</source>
        <translation>Eigenschaft %1 löschen</translation>
    </message>
</context>
<context>
    <name>cad::RequestAuthorizer</name>
    <message>
        <source>The base URL uses {%1}, which is not a property.</source>
        <translation>Die Basis-URL verwendet {%1}, das keine Eigenschaft ist.</translation>
    </message>
    <message>
        <source>Add a property with that technical name or correct the base URL.</source>
        <translation>Fügen Sie eine Eigenschaft mit diesem technischen Namen hinzu, oder korrigieren Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The user name contains a colon, which Basic authentication cannot carry (RFC 7617).</source>
        <translation>Der Benutzername enthält einen Doppelpunkt, den die Basic-Authentifizierung nicht übertragen kann (RFC 7617).</translation>
    </message>
    <message>
        <source>Remove the colon from the user name.</source>
        <translation>Entfernen Sie den Doppelpunkt aus dem Benutzernamen.</translation>
    </message>
    <message>
        <source>No value given for %1.</source>
        <translation>Kein Wert angegeben für %1.</translation>
    </message>
    <message>
        <source>Provide them, for example with --set NAME=VALUE or --set-env NAME=ENVVAR.</source>
        <translation>Geben Sie sie an, zum Beispiel mit --set NAME=VALUE oder --set-env NAME=ENVVAR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid request URL.</source>
        <translation>„%1“ ist keine gültige Anfrage-URL.</translation>
    </message>
    <message>
        <source>Check the base URL and the test request path.</source>
        <translation>Prüfen Sie die Basis-URL und den Pfad der Testanfrage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation>„%1“ ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Verwenden Sie eine von %1.</translation>
    </message>
    <message>
        <source>The access token contains a line break or another control character, so it cannot be sent in a header.</source>
        <translation>Das Access Token enthält einen Zeilenumbruch oder ein anderes Steuerzeichen und kann daher nicht in einem Header gesendet werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s token response is malformed: connect again, and report it to the provider if it persists.</source>
        <translation>Die Token-Antwort des Anbieters ist fehlerhaft: Verbinden Sie sich erneut, und melden Sie es dem Anbieter, wenn es bestehen bleibt.</translation>
    </message>
    <message>
        <source>The value of %1 contains a line break or another control character, which the %2 header cannot carry.</source>
        <translation>Der Wert von %1 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, das der Header %2 nicht tragen kann.</translation>
    </message>
    <message>
        <source>Remove the line breaks from the value and try again.</source>
        <translation>Entfernen Sie die Zeilenumbrüche aus dem Wert, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The base URL uses {%1}, which the token response gives.</source>
        <translation>Die Basis-URL verwendet {%1}, das die Token-Antwort liefert.</translation>
    </message>
    <message>
        <source>Connect first.</source>
        <translation>Verbinden Sie zuerst.</translation>
    </message>
    <message>
        <source>The token header &quot;%1&quot; or its prefix cannot be sent.</source>
        <translation>Der Token-Header „%1“ oder sein Präfix kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Use a header name of letters, digits and dashes, and a prefix without line breaks.</source>
        <translation>Verwenden Sie einen Header-Namen aus Buchstaben, Ziffern und Bindestrichen und ein Präfix ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The token response named %1 as the API&apos;s address, which does not use https; the access token is not sent there.</source>
        <translation>Die Token-Antwort nannte %1 als Adresse der API, die kein https verwendet; das Access Token wird nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>Check the response variables, or ask the provider.</source>
        <translation>Prüfen Sie die Antwortvariablen, oder fragen Sie den Anbieter.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be sent: a header name has letters, digits and dashes, and a value has no line breaks.</source>
        <translation>Der Header „%1“ kann nicht gesendet werden: Ein Header-Name besteht aus Buchstaben, Ziffern und Bindestrichen, und ein Wert enthält keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Correct the header.</source>
        <translation>Korrigieren Sie den Header.</translation>
    </message>
    <message>
        <source>The design sends the %1 header itself; a request cannot replace it.</source>
        <translation>Das Design sendet den Header %1 selbst; eine Anfrage kann ihn nicht ersetzen.</translation>
    </message>
    <message>
        <source>Remove the header from the request, or change the design.</source>
        <translation>Entfernen Sie den Header aus der Anfrage, oder ändern Sie das Design.</translation>
    </message>
    <message>
        <source>The design sends %1 in a JSON body, so the request&apos;s body must be a JSON object.</source>
        <translation>Das Design sendet %1 in einem JSON-Body, daher muss der Body der Anfrage ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Choose JSON and write an object.</source>
        <translation>Wählen Sie JSON und schreiben Sie ein Objekt.</translation>
    </message>
    <message>
        <source>%1 is not on %2, the base URL&apos;s origin: the credentials of this design are sent only there.</source>
        <translation>%1 liegt nicht auf %2, dem Ursprung der Basis-URL: Die Anmeldedaten dieses Designs werden nur dorthin gesendet.</translation>
    </message>
    <message>
        <source>Write a path below the base URL, or change the base URL.</source>
        <translation>Schreiben Sie einen Pfad unterhalb der Basis-URL, oder ändern Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The design sends the query parameter %1 itself; a request cannot replace it.</source>
        <translation>Das Design sendet den Query-Parameter %1 selbst; eine Anfrage kann ihn nicht ersetzen.</translation>
    </message>
    <message>
        <source>Remove the parameter from the request, or change the design.</source>
        <translation>Entfernen Sie den Parameter aus der Anfrage, oder ändern Sie das Design.</translation>
    </message>
</context>
<context>
    <name>cad::RequestConsole</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path below the base URL, or a full URL on its origin</source>
        <translation>Pfad unterhalb der Basis-URL oder eine vollständige URL an deren Ursprung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request with the connection&apos;s credentials (Ctrl+Return)</source>
        <translation>Die Anfrage mit den Anmeldedaten der Verbindung senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (name=value lines)</source>
        <translation>Formular (Zeilen name=value)</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>Body-Typ</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>Content-Type of a raw body</source>
        <translation>Content-Type eines Raw-Bodys</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Response body as a JSON tree</source>
        <translation>Antwort-Body als JSON-Baum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Response Headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>The requests sent since the design was opened; kept in memory only</source>
        <translation>Die seit dem Öffnen des Designs gesendeten Anfragen; nur im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>&amp;Re-send</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, secrets masked</source>
        <translation>Die Anfrage als curl-Befehl kopieren, Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Copy as curl with secrets</source>
        <translation>Als curl mit Geheimnissen kopieren</translation>
    </message>
    <message>
        <source>Use as &amp;Test Request</source>
        <translation>Als &amp;Testanfrage verwenden</translation>
    </message>
    <message>
        <source>Make this method and path the design&apos;s test request (undoable)</source>
        <translation>Diese Methode und diesen Pfad zur Testanfrage des Designs machen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>name=value, one field a line</source>
        <translation>name=wert, ein Feld pro Zeile</translation>
    </message>
    <message>
        <source>{&quot;name&quot;: &quot;value&quot;}</source>
        <translation>{&quot;name&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>Write a path below the base URL (for example /me), then send.</source>
        <translation>Schreiben Sie einen Pfad unterhalb der Basis-URL (zum Beispiel /me), und senden Sie dann.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 · %2 ms · %3</source>
        <translation>%1 · %2 ms · %3</translation>
    </message>
    <message>
        <source> (cut off)</source>
        <translation> (abgeschnitten)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>Copied the curl command with its secrets: paste it only where they may go.</source>
        <translation>Der curl-Befehl wurde mit seinen Geheimnissen kopiert: Fügen Sie ihn nur dort ein, wo diese hingehören dürfen.</translation>
    </message>
    <message>
        <source>Copied the curl command, secrets masked.</source>
        <translation>Der curl-Befehl wurde kopiert, Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>Write a path below the base URL first.</source>
        <translation>Schreiben Sie zuerst einen Pfad unterhalb der Basis-URL.</translation>
    </message>
</context>
<context>
    <name>cad::RequestPane</name>
    <message>
        <source>Post-authorization request</source>
        <translation>Autorisierte Anfrage</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Geheime Werte anzeigen</translation>
    </message>
    <message>
        <source>Copy with secrets</source>
        <translation>Mit geheimen Werten kopieren</translation>
    </message>
    <message>
        <source>Copy the command with the real secret values</source>
        <translation>Befehl mit den echten geheimen Werten kopieren</translation>
    </message>
    <message>
        <source>Post-authorization request as a curl command</source>
        <translation>Autorisierte Anfrage als curl-Befehl</translation>
    </message>
    <message>
        <source>Open or create a connector to see the request its API calls carry.</source>
        <translation>Öffnen oder erstellen Sie einen Connector, um die Anfrage zu sehen, mit der seine API-Aufrufe gesendet werden.</translation>
    </message>
    <message>
        <source>Placeholders in {braces} are filled in when a connection exists.</source>
        <translation>Platzhalter in geschweiften Klammern ({braces}) werden ausgefüllt, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>The request cannot be built: %1</source>
        <translation>Die Anfrage kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy (secrets masked)</source>
        <translation>Kopieren (geheime Werte maskiert)</translation>
    </message>
    <message>
        <source>Copy the command as shown, with secret values</source>
        <translation>Befehl wie angezeigt kopieren, mit geheimen Werten</translation>
    </message>
    <message>
        <source>Copy the command as shown; secrets stay masked</source>
        <translation>Befehl wie angezeigt kopieren; geheime Werte bleiben maskiert</translation>
    </message>
    <message>
        <source>Show secret values in the command instead of %1</source>
        <translation>Geheime Werte im Befehl statt %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>cad::ResponseChecks</name>
    <message>
        <source>exists</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>is absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>equals %1</source>
        <translation>ist gleich %1</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>passt auf %1</translation>
    </message>
    <message>
        <source>the answer was too long to read as JSON</source>
        <translation>die Antwort war zu lang, um sie als JSON zu lesen</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>the answer has no %1</source>
        <translation>die Antwort hat kein %1</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1: bestanden</translation>
    </message>
    <message>
        <source>%1: failed, %2</source>
        <translation>%1: nicht bestanden, %2</translation>
    </message>
    <message>
        <source>%1: failed, it is absent</source>
        <translation>%1: nicht bestanden, es fehlt</translation>
    </message>
    <message>
        <source>%1: failed, the answer has %2</source>
        <translation>%1: nicht bestanden, die Antwort hat %2</translation>
    </message>
    <message>
        <source>No answer came.</source>
        <translation>Es kam keine Antwort.</translation>
    </message>
    <message>
        <source>The service answered HTTP %1; the design accepts %2.</source>
        <translation>Der Dienst antwortete mit HTTP %1; der Entwurf akzeptiert %2.</translation>
    </message>
    <message>
        <source>The answer took %1 ms; the design allows at most %2 ms.</source>
        <translation>Die Antwort brauchte %1 ms; der Entwurf erlaubt höchstens %2 ms.</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>Prüfung %1.</translation>
    </message>
</context>
<context>
    <name>cad::SandboxController</name>
    <message>
        <source>The sandbox provider runs at %1.</source>
        <translation>Der Sandbox-Anbieter läuft unter %1.</translation>
    </message>
    <message>
        <source>The sandbox provider could not start: %1 Stop what uses the port, then open the design again.</source>
        <translation>Der Sandbox-Anbieter konnte nicht starten: %1 Beenden Sie, was den Port belegt, und öffnen Sie den Entwurf erneut.</translation>
    </message>
    <message>
        <source>The sandbox provider could not start: %1 Connection &gt; Sandbox Provider offers port %2.</source>
        <translation>Der Sandbox-Anbieter konnte nicht starten: %1 Verbindung &gt; Sandbox-Anbieter bietet Port %2 an.</translation>
    </message>
    <message>
        <source>The sandbox provider stopped.</source>
        <translation>Der Sandbox-Anbieter wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>cad::SandboxDialog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Query parameters:</source>
        <translation>Query-Parameter:</translation>
    </message>
    <message>
        <source>Form fields:</source>
        <translation>Formularfelder:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Sandbox Provider</source>
        <translation>Sandbox-Anbieter</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 the sandbox listens on; the sandbox samples use %1</source>
        <translation>Der Port auf 127.0.0.1, an dem die Sandbox lauscht; die Sandbox-Beispiele verwenden %1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the sandbox on 127.0.0.1 at the port</source>
        <translation>Die Sandbox auf 127.0.0.1 an diesem Port starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the sandbox; its clients, tokens and switches stay as they are</source>
        <translation>Die Sandbox stoppen; ihre Clients, Token und Schalter bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>The client secrets and credentials below are the sandbox&apos;s own values, shown on purpose: they open nothing but this sandbox.</source>
        <translation>Die Client Secrets und Anmeldedaten unten sind die eigenen Werte der Sandbox und werden absichtlich gezeigt: Sie öffnen nichts außer dieser Sandbox.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Authorization URL:</source>
        <translation>Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Revocation URL:</source>
        <translation>Widerrufs-URL:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>Discovery: %1 and %2</source>
        <translation>Discovery: %1 und %2</translation>
    </message>
    <message>
        <source>/api/me takes the access token; /api/basic/me, /api/key/me, /api/pat/me and /api/custom/me the other credentials</source>
        <translation>/api/me nimmt das Access Token; /api/basic/me, /api/key/me, /api/pat/me und /api/custom/me die anderen Anmeldedaten</translation>
    </message>
    <message>
        <source>Other credentials</source>
        <translation>Weitere Anmeldedaten</translation>
    </message>
    <message>
        <source>Basic authentication, at /api/basic/me</source>
        <translation>Basic-Authentifizierung, an /api/basic/me</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>At /api/key/me, in an X-API-Key or X-Access-Token header or as the api_key query parameter</source>
        <translation>An /api/key/me, in einem X-API-Key- oder X-Access-Token-Header oder als Query-Parameter api_key</translation>
    </message>
    <message>
        <source>Personal access token:</source>
        <translation>Personal Access Token:</translation>
    </message>
    <message>
        <source>At /api/pat/me, in the Authorization header</source>
        <translation>An /api/pat/me, im Authorization-Header</translation>
    </message>
    <message>
        <source>At /api/custom/me, both headers</source>
        <translation>An /api/custom/me, beide Header</translation>
    </message>
    <message>
        <source>Custom headers:</source>
        <translation>Eigene Header:</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant-Typen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long new access tokens are valid (expires_in), in seconds</source>
        <translation>Wie lange neue Access Token gültig sind (expires_in), in Sekunden</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Token-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Rotate on every refresh (the old refresh token stops working)</source>
        <translation>Bei jeder Aktualisierung &amp;rotieren (das alte Refresh Token funktioniert nicht mehr)</translation>
    </message>
    <message>
        <source>Refresh tokens:</source>
        <translation>Refresh Token:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Basic header only</source>
        <translation>Nur Basic-Header</translation>
    </message>
    <message>
        <source>Body only</source>
        <translation>Nur Body</translation>
    </message>
    <message>
        <source>How the token endpoint accepts the client ID and secret of confidential clients: in an Authorization: Basic header (client_secret_basic), in the body (client_secret_post) or either</source>
        <translation>Wie der Token-Endpunkt Client ID und Secret vertraulicher Clients annimmt: in einem Authorization: Basic-Header (client_secret_basic), im Body (client_secret_post) oder beides</translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation>Client-&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Re&amp;quire PKCE, also from confidential clients</source>
        <translation>PKCE &amp;verlangen, auch von vertraulichen Clients</translation>
    </message>
    <message>
        <source>PKCE:</source>
        <translation>PKCE:</translation>
    </message>
    <message>
        <source>&amp;Omit expires_in</source>
        <translation>expires_in &amp;weglassen</translation>
    </message>
    <message>
        <source>As some providers do: the client cannot know when the token expires</source>
        <translation>Wie manche Anbieter: Der Client kann nicht wissen, wann das Token abläuft</translation>
    </message>
    <message>
        <source>Token answer:</source>
        <translation>Token-Antwort:</translation>
    </message>
    <message>
        <source>Auto-appro&amp;ve: sign in and consent without showing the page</source>
        <translation>Automatisch &amp;zustimmen: Anmeldung und Zustimmung, ohne die Seite zu zeigen</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>HTTP 500</source>
        <translation>HTTP 500</translation>
    </message>
    <message>
        <source>%1 s delay</source>
        <translation>%1 s Verzögerung</translation>
    </message>
    <message>
        <source>Once: the next token or refresh request gets this answer, then the switch is back at None.</source>
        <translation>Einmalig: Die nächste Token- oder Aktualisierungsanfrage erhält diese Antwort, danach steht der Schalter wieder auf Keine.</translation>
    </message>
    <message>
        <source>Fail the &amp;next token request:</source>
        <translation>&amp;Nächste Token-Anfrage scheitern lassen:</translation>
    </message>
    <message>
        <source>The switches apply at once, also while the sandbox runs.</source>
        <translation>Die Schalter wirken sofort, auch während die Sandbox läuft.</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Ausgewählte Anfrage</translation>
    </message>
    <message>
        <source>Select a request to see its query parameters, headers and form fields.</source>
        <translation>Wählen Sie eine Anfrage, um ihre Query-Parameter, Header und Formularfelder zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Forget the requests logged so far</source>
        <translation>Die bisher protokollierten Anfragen vergessen</translation>
    </message>
    <message>
        <source>The requests the sandbox received, newest last; secrets are masked.</source>
        <translation>Die Anfragen, die die Sandbox erhalten hat, die neueste zuletzt; geheime Werte sind maskiert.</translation>
    </message>
    <message>
        <source>&amp;Use Port %1</source>
        <translation>Port %1 &amp;benutzen</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>Läuft unter %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>keines (öffentlicher Client)</translation>
    </message>
</context>
<context>
    <name>cad::SandboxServer</name>
    <message>
        <source>The port %1 on 127.0.0.1 is in use.</source>
        <translation>Der Port %1 auf 127.0.0.1 ist belegt.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>cad::SecretLineEdit</name>
    <message>
        <source>Show the value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Wert ausblenden</translation>
    </message>
</context>
<context>
    <name>cad::SecretStore</name>
    <message>
        <source>Secrets are kept in memory only, as requested, and will be lost when the program ends.</source>
        <translation>Geheime Werte werden wie angefordert nur im Arbeitsspeicher gehalten und gehen verloren, wenn das Programm beendet wird.</translation>
    </message>
    <message>
        <source>No keychain is available: secrets are kept in memory only and will be lost when you close the designer. Start a Secret Service such as GNOME Keyring or KWallet to keep them.</source>
        <translation>Kein Schlüsselbund verfügbar: Geheime Werte werden nur im Arbeitsspeicher gehalten und gehen verloren, wenn Sie den Designer schließen. Starten Sie einen Secret Service wie GNOME Keyring oder KWallet, um sie dauerhaft zu speichern.</translation>
    </message>
    <message>
        <source>The keychain refused to give the secret “%1”: %2.</source>
        <translation>Der Schlüsselbund hat die Herausgabe des Geheimnisses “%1” verweigert: %2.</translation>
    </message>
    <message>
        <source>Unlock your keychain (GNOME Keyring or KWallet) and try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (GNOME Keyring oder KWallet), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secret “%1” could not be removed from the keychain: %2.</source>
        <translation>Das Geheimnis “%1” konnte nicht aus dem Schlüsselbund entfernt werden: %2.</translation>
    </message>
    <message>
        <source>Remove the entry “%1” of “%2” with your keychain manager, such as Seahorse or KWalletManager.</source>
        <translation>Entfernen Sie den Eintrag “%1” von “%2” mit Ihrer Schlüsselbundverwaltung, etwa Seahorse oder KWalletManager.</translation>
    </message>
</context>
<context>
    <name>cad::SetConnectorFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>connector key</source>
        <translation>Connector-Kennung</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>test request method</source>
        <translation>Methode der Testanfrage</translation>
    </message>
    <message>
        <source>test request path</source>
        <translation>Pfad der Testanfrage</translation>
    </message>
    <message>
        <source>connection label</source>
        <translation>Verbindungsbezeichnung</translation>
    </message>
</context>
<context>
    <name>cad::SetTestExpectationCommand</name>
    <message>
        <source>Edit the expected answer</source>
        <translation>Erwartete Antwort bearbeiten</translation>
    </message>
</context>
<context>
    <name>cad::SignInController</name>
    <message>
        <source>No web browser could be opened. Copy the authorization URL from the exchange log into a browser on this computer, or press Cancel.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Kopieren Sie die Autorisierungs-URL aus dem Anfrageprotokoll in einen Browser auf diesem Computer, oder klicken Sie auf Abbrechen.</translation>
    </message>
    <message>
        <source>Copy the sign-in URL into a browser on this computer and sign in there, or cancel.</source>
        <translation>Kopieren Sie die Anmelde-URL in einen Browser auf diesem Computer, und melden Sie sich dort an, oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>cad::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to create the design-time connection</source>
        <translation>Melden Sie sich an, um die Entwurfszeitverbindung herzustellen</translation>
    </message>
    <message>
        <source>Sign in to connect “%1”</source>
        <translation>Anmelden, um “%1” zu verbinden</translation>
    </message>
    <message>
        <source>This is the provider&apos;s own page. Check its address before you type a password.</source>
        <translation>Dies ist die eigene Seite des Anbieters. Prüfen Sie ihre Adresse, bevor Sie ein Passwort eingeben.</translation>
    </message>
    <message>
        <source>Address of the page</source>
        <translation>Adresse der Seite</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Continue in your web browser&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign in there. This window closes by itself when the provider sends the browser back to %1.&lt;/p&gt;&lt;p&gt;Nothing arrives? Check that the provider accepts the redirect URI below, or press Cancel and connect again.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Fahren Sie in Ihrem Webbrowser fort&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Melden Sie sich dort an. Dieses Fenster schließt sich von selbst, wenn der Anbieter den Browser zu %1 zurückleitet.&lt;/p&gt;&lt;p&gt;Es kommt nichts an? Prüfen Sie, ob der Anbieter die unten stehende Redirect URI akzeptiert, oder klicken Sie auf Abbrechen, und verbinden Sie sich erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register this redirect URI with the provider: &lt;code&gt;%1&lt;/code&gt; (any port)</source>
        <translation>Registrieren Sie diese Redirect URI beim Anbieter: &lt;code&gt;%1&lt;/code&gt; (beliebiger Port)</translation>
    </message>
    <message>
        <source>This sign-in listens on %1. Providers that follow RFC 8252 accept any port for 127.0.0.1 when the app is registered as a native app.</source>
        <translation>Diese Anmeldung wartet auf %1. Anbieter, die RFC 8252 folgen, akzeptieren für 127.0.0.1 jeden Port, wenn die App als native App registriert ist.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open in System Browser Instead</source>
        <translation>Stattdessen im Systembrowser öffnen</translation>
    </message>
    <message>
        <source>Some providers (Google, for one) refuse sign-ins in embedded browsers. Your browser will return to this app through %1.</source>
        <translation>Manche Anbieter (zum Beispiel Google) lehnen Anmeldungen in eingebetteten Browsern ab. Ihr Browser kehrt über %1 zu dieser App zurück.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted (https). Check that this is your provider&apos;s address before you type a password.</source>
        <translation>Die Verbindung zu %1 ist verschlüsselt (https). Prüfen Sie, ob dies die Adresse Ihres Anbieters ist, bevor Sie ein Passwort eingeben.</translation>
    </message>
    <message>
        <source>Not secure (this computer)</source>
        <translation>Nicht sicher (dieser Computer)</translation>
    </message>
    <message>
        <source>The page comes from this computer over plain http. That is fine for a test provider; a real provider must use https.</source>
        <translation>Die Seite kommt über unverschlüsseltes http von diesem Computer. Für einen Testanbieter ist das in Ordnung; ein echter Anbieter muss https verwenden.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted (http): anyone on the network can read what you type. Use the provider&apos;s https address in the authorization URL.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt (http): Jeder im Netzwerk kann mitlesen, was Sie eingeben. Verwenden Sie in der Autorisierungs-URL die https-Adresse des Anbieters.</translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation>Anmelden – %1</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1.</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1 (%2).</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>Signed in at the provider. Exchanging the authorization code for tokens…</source>
        <translation>Beim Anbieter angemeldet. Autorisierungscode wird gegen Token eingetauscht…</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>sign-in window: page title – connector</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>cad::TemplateCatalog</name>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>auth-designer-cli templates lists them, with their keys.</source>
        <translation>auth-designer-cli templates listet sie mit ihren Schlüsseln auf.</translation>
    </message>
</context>
<context>
    <name>cad::TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Search by provider, authentication type or key</source>
        <translation>Nach Anbieter, Authentifizierungstyp oder Schlüssel suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>No template matches &quot;%1&quot;. Start from File &gt; New instead, or from Fill from Discovery.</source>
        <translation>Keine Vorlage passt zu „%1“. Beginnen Sie stattdessen mit Datei &gt; Neu oder mit „Aus Discovery ausfüllen“.</translation>
    </message>
    <message>
        <source>Endpoints from the provider&apos;s documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Endpunkte aus der Dokumentation des Anbieters: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cad::TokenHandling</name>
    <message>
        <source>line %1 is not NAME=/pointer, such as instance_url=/instance_url</source>
        <translation>Zeile %1 ist nicht NAME=/pointer, etwa instance_url=/instance_url</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>no pointer after =</source>
        <translation>kein Pointer nach =</translation>
    </message>
    <message>
        <source>line %1 names {%2} a second time</source>
        <translation>Zeile %1 nennt {%2} ein zweites Mal</translation>
    </message>
</context>
<context>
    <name>cad::TokenInspector</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation>Token-Typ:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Refresh Token:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Access Token:</translation>
    </message>
    <message>
        <source>ID token:</source>
        <translation>ID Token:</translation>
    </message>
    <message>
        <source>&amp;Decoded:</source>
        <translation>&amp;Decodiert:</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header and claims of the decoded token</source>
        <translation>Header und Claims des decodierten Tokens</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The decoded token compared with the design</source>
        <translation>Das decodierte Token im Vergleich mit dem Design</translation>
    </message>
    <message>
        <source>&amp;Ask the Provider</source>
        <translation>&amp;Anbieter fragen</translation>
    </message>
    <message>
        <source>Ask the provider&apos;s introspection endpoint about the token (RFC 7662)</source>
        <translation>Den Introspektionsendpunkt des Anbieters nach dem Token fragen (RFC 7662)</translation>
    </message>
    <message>
        <source>Introspection:</source>
        <translation>Introspection:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>The provider&apos;s answer about the token</source>
        <translation>Die Antwort des Anbieters zum Token</translation>
    </message>
    <message>
        <source>Connect to see the tokens the provider issues.</source>
        <translation>Verbinden Sie sich, um die Token zu sehen, die der Anbieter ausstellt.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh Token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Copy Token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy the %1?</source>
        <translation>%1 kopieren?</translation>
    </message>
    <message>
        <source>Whoever reads the clipboard can use it as you until it expires or is revoked. Clipboard managers may keep it.</source>
        <translation>Wer die Zwischenablage liest, kann es in Ihrem Namen verwenden, bis es abläuft oder widerrufen wird. Zwischenablage-Manager können es aufbewahren.</translation>
    </message>
    <message>
        <source>The connection has no tokens.</source>
        <translation>Die Verbindung hat keine Token.</translation>
    </message>
    <message>
        <source>None issued</source>
        <translation>Keines ausgestellt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Not stated (sent as Bearer)</source>
        <translation>Nicht angegeben (als Bearer gesendet)</translation>
    </message>
    <message>
        <source>Issued: the connection renews the access token by itself</source>
        <translation>Ausgestellt: Die Verbindung erneuert das Access Token selbstständig</translation>
    </message>
    <message>
        <source>Not issued: when the access token expires, the end user signs in again</source>
        <translation>Nicht ausgestellt: Wenn das Access Token abläuft, meldet sich der Endbenutzer erneut an</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Angefordert: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Granted: the provider did not say, which means as requested (RFC 6749 3.3).</source>
        <translation>Gewährt: Der Anbieter hat es nicht angegeben, was bedeutet: wie angefordert (RFC 6749 3.3).</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Gewährt: %1</translation>
    </message>
    <message>
        <source>Missing: %1 (requested, not granted: calls that need them will fail)</source>
        <translation>Fehlend: %1 (angefordert, nicht gewährt: Aufrufe, die sie benötigen, schlagen fehl)</translation>
    </message>
    <message>
        <source>Extra: %1 (granted without being requested)</source>
        <translation>Zusätzlich: %1 (gewährt, ohne angefordert zu sein)</translation>
    </message>
    <message>
        <source>Granted as requested.</source>
        <translation>Wie angefordert gewährt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The access token is opaque (not a JWT): only the provider can say what it grants. Add the property token_introspection_url to ask it (RFC 7662).</source>
        <translation>Das Access Token ist opak (kein JWT): Nur der Anbieter kann sagen, was es gewährt. Fügen Sie die Eigenschaft token_introspection_url hinzu, um ihn zu fragen (RFC 7662).</translation>
    </message>
    <message>
        <source>The access token is opaque (not a JWT): Ask the Provider below says what it grants.</source>
        <translation>Das Access Token ist opak (kein JWT): „Anbieter fragen“ weiter unten zeigt, was es gewährt.</translation>
    </message>
    <message>
        <source>No token is a JWT.</source>
        <translation>Kein Token ist ein JWT.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Signature (%1): reading the provider&apos;s keys…</source>
        <translation>Signatur (%1): Die Schlüssel des Anbieters werden gelesen…</translation>
    </message>
    <message>
        <source>Signature verified (%1, key %2).</source>
        <translation>Signatur verifiziert (%1, Schlüssel %2).</translation>
    </message>
    <message>
        <source>without id</source>
        <translation>ohne ID</translation>
    </message>
    <message>
        <source>Signature INVALID: %1</source>
        <translation>Signatur UNGÜLTIG: %1</translation>
    </message>
    <message>
        <source>Signature not verified: %1</source>
        <translation>Signatur nicht verifiziert: %1</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh Token</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Active: the provider accepts the token.</source>
        <translation>Aktiv: Der Anbieter akzeptiert das Token.</translation>
    </message>
    <message>
        <source>Inactive: the provider does not accept the token (expired, revoked or unknown to it).</source>
        <translation>Inaktiv: Der Anbieter akzeptiert das Token nicht (abgelaufen, widerrufen oder ihm unbekannt).</translation>
    </message>
</context>
<context>
    <name>cad::TokenResponse</name>
    <message>
        <source>The response body is empty.</source>
        <translation>Der Antwort-Body ist leer.</translation>
    </message>
    <message>
        <source>The response body is not JSON (Content-Type: %1).</source>
        <translation>Der Antwort-Body ist kein JSON (Content-Type: %1).</translation>
    </message>
    <message>
        <source>The response has no access_token.</source>
        <translation>Die Antwort enthält kein access_token.</translation>
    </message>
    <message>
        <source>The provider issued a &quot;%1&quot; token, which Connector Auth Designer cannot send: it sends bearer tokens only. Ask the provider for bearer tokens.</source>
        <translation>Der Anbieter hat ein „%1“-Token ausgestellt, das Connector Auth Designer nicht senden kann: Er sendet nur Bearer-Token. Bitten Sie den Anbieter um Bearer-Token.</translation>
    </message>
    <message>
        <source>The response has no access token at %1 (the access token field).</source>
        <translation>Die Antwort hat kein Access Token unter %1 (dem Access-Token-Feld).</translation>
    </message>
</context>
<context>
    <name>cad::Validator</name>
    <message>
        <source>duplicate property name &quot;%1&quot;</source>
        <translation>doppelter Eigenschaftsname „%1“</translation>
    </message>
    <message>
        <source>Technical names must be unique; rename one of them.</source>
        <translation>Technische Namen müssen eindeutig sein; benennen Sie einen davon um.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 ist keine gültige URL</translation>
    </message>
    <message>
        <source>Enter a full URL such as https://example.com/oauth/token.</source>
        <translation>Geben Sie eine vollständige URL ein, etwa https://example.com/oauth/token.</translation>
    </message>
    <message>
        <source>%1 must be a full URL, not a relative path</source>
        <translation>%1 muss eine vollständige URL sein, kein relativer Pfad</translation>
    </message>
    <message>
        <source>OAuth URLs never inherit the base URL: write it in full, starting with https://.</source>
        <translation>OAuth-URLs übernehmen nie die Basis-URL: Schreiben Sie die URL vollständig aus, beginnend mit https://.</translation>
    </message>
    <message>
        <source>%1 must use https (or http), not %2</source>
        <translation>%1 muss https (oder http) verwenden, nicht %2</translation>
    </message>
    <message>
        <source>Use an https:// URL.</source>
        <translation>Verwenden Sie eine https://-URL.</translation>
    </message>
    <message>
        <source>%1 uses plain http</source>
        <translation>%1 verwendet unverschlüsseltes http</translation>
    </message>
    <message>
        <source>Credentials would travel unencrypted; use https outside local testing.</source>
        <translation>Anmeldedaten würden unverschlüsselt übertragen; verwenden Sie außerhalb lokaler Tests https.</translation>
    </message>
    <message>
        <source>unknown variable {%1}</source>
        <translation>unbekannte Variable {%1}</translation>
    </message>
    <message>
        <source>Add a property named &quot;%1&quot; or correct the spelling.</source>
        <translation>Fügen Sie eine Eigenschaft namens „%1“ hinzu, oder korrigieren Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>the connector key is empty</source>
        <translation>die Connector-Kennung ist leer</translation>
    </message>
    <message>
        <source>Enter a short identifier such as &quot;acme-crm&quot;.</source>
        <translation>Geben Sie eine kurze Kennung ein, etwa „acme-crm“.</translation>
    </message>
    <message>
        <source>the connector key may contain only a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>die Connector-Kennung darf nur a-z, 0-9, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and dashes, at most 64 characters.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>the display name is empty</source>
        <translation>der Anzeigename ist leer</translation>
    </message>
    <message>
        <source>Enter the name end users see, such as &quot;Acme CRM&quot;.</source>
        <translation>Geben Sie den Namen ein, den Endbenutzer sehen, etwa „Acme CRM“.</translation>
    </message>
    <message>
        <source>the base URL is empty</source>
        <translation>die Basis-URL ist leer</translation>
    </message>
    <message>
        <source>Enter the API&apos;s base URL, such as https://api.example.com/v1.</source>
        <translation>Geben Sie die Basis-URL der API ein, etwa https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The base URL</source>
        <translation>Die Basis-URL</translation>
    </message>
    <message>
        <source>unsupported method &quot;%1&quot;</source>
        <translation>nicht unterstützte Methode „%1“</translation>
    </message>
    <message>
        <source>the test request path must start with &apos;/&apos;</source>
        <translation>der Pfad der Testanfrage muss mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <source>Enter a path relative to the base URL, such as /me.</source>
        <translation>Geben Sie einen Pfad relativ zur Basis-URL ein, etwa /me.</translation>
    </message>
    <message>
        <source>the required built-in property &quot;%1&quot; is missing</source>
        <translation>die erforderliche integrierte Eigenschaft „%1“ fehlt</translation>
    </message>
    <message>
        <source>Add a property named &quot;%1&quot; (%2).</source>
        <translation>Fügen Sie eine Eigenschaft namens „%1“ hinzu (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid technical name</source>
        <translation>„%1“ ist kein gültiger technischer Name</translation>
    </message>
    <message>
        <source>Start with a letter or &apos;_&apos;, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (at most 128).</source>
        <translation>Beginnen Sie mit einem Buchstaben oder &apos;_&apos;, gefolgt von Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos; (höchstens 128).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is asked of the user but has no display name</source>
        <translation>„%1“ wird vom Benutzer abgefragt, hat aber keinen Anzeigenamen</translation>
    </message>
    <message>
        <source>Enter the label the end user sees.</source>
        <translation>Geben Sie die Beschriftung ein, die der Endbenutzer sieht.</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>Enter a value, or tick &quot;Ask the user&quot; so that end users provide it.</source>
        <translation>Geben Sie einen Wert ein, oder aktivieren Sie „Benutzer fragen“, damit Endbenutzer ihn angeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Enter digits only, such as 3600.</source>
        <translation>Geben Sie nur Ziffern ein, etwa 3600.</translation>
    </message>
    <message>
        <source>the refresh interval must be positive</source>
        <translation>das Aktualisierungsintervall muss positiv sein</translation>
    </message>
    <message>
        <source>Enter a number of seconds such as 3600.</source>
        <translation>Geben Sie eine Anzahl von Sekunden ein, etwa 3600.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation>„%1“ ist keine der Auswahloptionen (%2)</translation>
    </message>
    <message>
        <source>Pick one of the choices or add it to the list.</source>
        <translation>Wählen Sie eine der Auswahloptionen, oder fügen Sie den Wert der Liste hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices</source>
        <translation>„%1“ ist keine der Auswahloptionen</translation>
    </message>
    <message>
        <source>Pick from the choices or add it to the list.</source>
        <translation>Wählen Sie aus den Auswahloptionen, oder fügen Sie den Wert der Liste hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; offers a choice but has no choices</source>
        <translation>„%1“ bietet eine Auswahl an, hat aber keine Auswahloptionen</translation>
    </message>
    <message>
        <source>Add at least one choice, or change the input kind.</source>
        <translation>Fügen Sie mindestens eine Auswahloption hinzu, oder ändern Sie die Eingabeart.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>„%1“ ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>Header names use letters, digits and - only, such as X-Api-Key.</source>
        <translation>Header-Namen bestehen nur aus Buchstaben, Ziffern und -, etwa X-Api-Key.</translation>
    </message>
    <message>
        <source>the header %1 is also set by row %2</source>
        <translation>der Header %1 wird auch in Zeile %2 gesetzt</translation>
    </message>
    <message>
        <source>Only one value is sent; remove or rename one of them.</source>
        <translation>Es wird nur ein Wert gesendet; entfernen Sie einen davon, oder benennen Sie ihn um.</translation>
    </message>
    <message>
        <source>the Authorization header is set by the OAuth framework</source>
        <translation>der Authorization-Header wird vom OAuth-Framework gesetzt</translation>
    </message>
    <message>
        <source>This property would override the bearer token; send it under another name.</source>
        <translation>Diese Eigenschaft würde das Bearer Token überschreiben; senden Sie sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>%1 uses plain http to %2</source>
        <translation>%1 verwendet unverschlüsseltes http zu %2</translation>
    </message>
    <message>
        <source>Secrets and tokens must not travel unencrypted: use https (plain http is allowed only for 127.0.0.1, ::1 and localhost).</source>
        <translation>Geheime Werte und Token dürfen nicht unverschlüsselt übertragen werden: Verwenden Sie https (unverschlüsseltes http ist nur für 127.0.0.1, ::1 und localhost erlaubt).</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Verwenden Sie eine von %1.</translation>
    </message>
    <message>
        <source>the template of &quot;%1&quot; has no {value}: the typed value would be dropped</source>
        <translation>die Vorlage von „%1“ enthält kein {value}: Der eingegebene Wert würde verworfen</translation>
    </message>
    <message>
        <source>Put {value} where the value belongs, such as &quot;%1&quot;.</source>
        <translation>Setzen Sie {value} dorthin, wo der Wert hingehört, etwa „%1“.</translation>
    </message>
    <message>
        <source>Use the template &quot;%1&quot;</source>
        <translation>Vorlage „%1“ verwenden</translation>
    </message>
    <message>
        <source>the template of &quot;%1&quot; contains a line break or another control character</source>
        <translation>die Vorlage von „%1“ enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>A header carries one line of text: remove the control characters.</source>
        <translation>Ein Header trägt eine einzige Textzeile: Entfernen Sie die Steuerzeichen.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains a line break or another control character</source>
        <translation>der Wert von „%1“ enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>It is sent in the %1 header, which carries one line of text: remove the control characters.</source>
        <translation>Er wird im Header %1 gesendet, der eine einzige Textzeile trägt: Entfernen Sie die Steuerzeichen.</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; would be sent in the authorization URL</source>
        <translation>der geheime Wert „%1“ würde in der Autorisierungs-URL gesendet</translation>
    </message>
    <message>
        <source>The browser keeps that URL in its history and the provider in its logs: send the secret in the body of the token request instead.</source>
        <translation>Der Browser behält diese URL in seinem Verlauf und der Anbieter in seinen Protokollen: Senden Sie den geheimen Wert stattdessen im Body der Token-Anfrage.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; looks like the secret &quot;%2&quot;; it would be saved in the file in plain text</source>
        <translation>der Wert von „%1“ sieht aus wie der geheime Wert „%2“; er würde im Klartext in der Datei gespeichert</translation>
    </message>
    <message>
        <source>Enter the secret only in its own row, which is kept in the keychain, or tick &quot;Secret&quot; on this property in Edit Property.</source>
        <translation>Geben Sie den geheimen Wert nur in seiner eigenen Zeile ein, die im Schlüsselbund gespeichert wird, oder aktivieren Sie „Geheim“ für diese Eigenschaft unter „Eigenschaft bearbeiten“.</translation>
    </message>
    <message>
        <source>Enter it, or untick &quot;Required&quot; if the app is a public client without a client secret.</source>
        <translation>Geben Sie es ein, oder deaktivieren Sie „Erforderlich“, wenn die App ein öffentlicher Client ohne Client Secret ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code or a range</source>
        <translation>„%1“ ist kein Statuscode und kein Bereich</translation>
    </message>
    <message>
        <source>Write a three-digit code such as 200 or a range such as 200-299.</source>
        <translation>Schreiben Sie einen dreistelligen Code wie 200 oder einen Bereich wie 200-299.</translation>
    </message>
    <message>
        <source>the status range %1 is not one HTTP can answer</source>
        <translation>den Statusbereich %1 kann HTTP nicht antworten</translation>
    </message>
    <message>
        <source>HTTP status codes are 100 to 599, the lower one first (200-299).</source>
        <translation>HTTP-Statuscodes reichen von 100 bis 599, der kleinere zuerst (200-299).</translation>
    </message>
    <message>
        <source>Point at a field of the answer, such as /email or /data/0/id.</source>
        <translation>Zeigen Sie auf ein Feld der Antwort, etwa /email oder /data/0/id.</translation>
    </message>
    <message>
        <source>the regular expression of the check on %1 is not valid: %2 at character %3</source>
        <translation>der reguläre Ausdruck der Prüfung von %1 ist ungültig: %2 bei Zeichen %3</translation>
    </message>
    <message>
        <source>Correct the expression (Perl syntax); escape . ? + * ( ) [ ] with a backslash to match them as they are.</source>
        <translation>Korrigieren Sie den Ausdruck (Perl-Syntax); stellen Sie . ? + * ( ) [ ] einen Backslash voran, um sie wörtlich zu treffen.</translation>
    </message>
    <message>
        <source>Point at a field of the test answer, such as {/email}.</source>
        <translation>Zeigen Sie auf ein Feld der Testantwort, etwa {/email}.</translation>
    </message>
    <message>
        <source>Add a property named &quot;%1&quot;, correct the spelling, or write {/%1} for a field of the test answer.</source>
        <translation>Fügen Sie eine Eigenschaft „%1“ hinzu, korrigieren Sie die Schreibweise, oder schreiben Sie {/%1} für ein Feld der Testantwort.</translation>
    </message>
    <message>
        <source>the connection label would show the secret {%1}</source>
        <translation>die Verbindungsbezeichnung würde das Geheimnis {%1} zeigen</translation>
    </message>
    <message>
        <source>Use a value that is not secret, such as the account&apos;s e-mail address from the test answer ({/email}).</source>
        <translation>Verwenden Sie einen Wert, der nicht geheim ist, etwa die E-Mail-Adresse des Kontos aus der Testantwort ({/email}).</translation>
    </message>
    <message>
        <source>Use the path /%1</source>
        <translation>Pfad /%1 verwenden</translation>
    </message>
    <message>
        <source>the documentation URL is not a full web address</source>
        <translation>die Dokumentations-URL ist keine vollständige Webadresse</translation>
    </message>
    <message>
        <source>Enter the address of the provider&apos;s authentication documentation, such as https://developer.example.com/docs/oauth.</source>
        <translation>Geben Sie die Adresse der Authentifizierungsdokumentation des Anbieters ein, etwa https://developer.example.com/docs/oauth.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Point at the field of the token response, such as /access_token or /data/token.</source>
        <translation>Zeigen Sie auf das Feld der Token-Antwort, etwa /access_token oder /data/token.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name</source>
        <translation>„%1“ ist kein Header-Name</translation>
    </message>
    <message>
        <source>Use letters, digits and dashes, such as X-Access-Token.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern und Bindestriche, etwa X-Access-Token.</translation>
    </message>
    <message>
        <source>the token prefix has a line break</source>
        <translation>das Token-Präfix enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>Write one word, such as Bearer or Zoho-oauthtoken.</source>
        <translation>Schreiben Sie ein Wort, etwa Bearer oder Zoho-oauthtoken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a query parameter name</source>
        <translation>„%1“ ist kein Query-Parameter-Name</translation>
    </message>
    <message>
        <source>Use letters, digits, _ . ~ and -, such as access_token.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, _ . ~ und -, etwa access_token.</translation>
    </message>
    <message>
        <source>the scope separator &quot;%1&quot; is not punctuation</source>
        <translation>das Scope-Trennzeichen „%1“ ist kein Satzzeichen</translation>
    </message>
    <message>
        <source>Use a space or a comma, as the provider documents.</source>
        <translation>Verwenden Sie ein Leerzeichen oder ein Komma, wie der Anbieter dokumentiert.</translation>
    </message>
    <message>
        <source>response variables: %1</source>
        <translation>Antwortvariablen: %1</translation>
    </message>
    <message>
        <source>Write one NAME=/pointer per line, such as instance_url=/instance_url.</source>
        <translation>Schreiben Sie ein NAME=/pointer pro Zeile, etwa instance_url=/instance_url.</translation>
    </message>
    <message>
        <source>the response variable {%1} has the name of a property</source>
        <translation>die Antwortvariable {%1} hat den Namen einer Eigenschaft</translation>
    </message>
    <message>
        <source>Rename it: {%1} would mean the property&apos;s value.</source>
        <translation>Benennen Sie sie um: {%1} würde den Wert der Eigenschaft bedeuten.</translation>
    </message>
</context>
<context>
    <name>cad::YamlToJson</name>
    <message>
        <source>the YAML expands to too many nodes (an alias bomb?)</source>
        <translation>die Erweiterung des YAML ergibt zu viele Knoten (eine Alias-Bombe?)</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply, or an alias refers to itself</source>
        <translation>das YAML ist zu tief verschachtelt, oder ein Alias verweist auf sich selbst</translation>
    </message>
    <message>
        <source>the YAML expands to too much text (an alias bomb?)</source>
        <translation>die Erweiterung des YAML ergibt zu viel Text (eine Alias-Bombe?)</translation>
    </message>
    <message>
        <source>a mapping key is not a plain text (complex keys are not supported)</source>
        <translation>ein Mapping-Schlüssel ist kein einfacher Text (komplexe Schlüssel werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>Check that the file is a valid OpenAPI, Swagger or Postman description in JSON or YAML.</source>
        <translation>Prüfen Sie, ob die Datei eine gültige OpenAPI-, Swagger- oder Postman-Beschreibung in JSON oder YAML ist.</translation>
    </message>
    <message>
        <source>the YAML is not valid: %1 (line %2, column %3)</source>
        <translation>das YAML ist ungültig: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>the YAML cannot be read: %1</source>
        <translation>das YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the YAML needs too much memory to read</source>
        <translation>das Lesen des YAML benötigt zu viel Speicher</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, preview and test the authentication of REST API connectors.</source>
        <translation>Authentifizierung von REST-API-Connectors entwerfen, in der Vorschau anzeigen und testen.</translation>
    </message>
    <message>
        <source>Connector definition to open (.connector.json).</source>
        <translation>Zu öffnende Connector-Definition (.connector.json).</translation>
    </message>
    <message>
        <source>Render the window to PATH and exit.</source>
        <translation>Das Fenster in PATH rendern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>Load the embedded sign-in browser, say from where, and exit.</source>
        <translation>Den eingebetteten Anmeldebrowser laden, sagen, woher, und beenden.</translation>
    </message>
</context>
</TS>
