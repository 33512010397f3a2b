<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountSettings</name>
    <message>
        <source>&quot;%1&quot; contains spaces or control characters.</source>
        <translation>&quot;%1&quot; contém espaços ou caracteres de controle.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Endereço: %1</translation>
    </message>
    <message>
        <source>SMTP server: an unencrypted connection is only allowed for a lab account.</source>
        <translation>Servidor SMTP: conexão sem criptografia só é permitida em conta de laboratório.</translation>
    </message>
    <message>
        <source>SMTP server: enter a host name.</source>
        <translation>Servidor SMTP: informe o nome do host.</translation>
    </message>
    <message>
        <source>SMTP server: enter a port.</source>
        <translation>Servidor SMTP: informe a porta.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>A conta precisa de um nome.</translation>
    </message>
    <message>
        <source>Classroom mode: HELO instead of EHLO is only allowed for a lab account on a plaintext SMTP connection. HELO has no STARTTLS and no AUTH, so it would leave this connection unprotected.</source>
        <translation>Modo sala de aula: HELO em vez de EHLO só é permitido para uma conta de laboratório numa conexão SMTP sem criptografia. O HELO não tem STARTTLS nem AUTH, então deixaria esta conexão desprotegida.</translation>
    </message>
    <message>
        <source>Identity %1 (%2): %3</source>
        <translation>Identidade %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>AccountWorker</name>
    <message>
        <source>Local store: %1</source>
        <translation>Armazenamento local: %1</translation>
    </message>
    <message>
        <source>Opening the message: it is not in the local store and no IMAP server is connected.</source>
        <translation>Não foi possível abrir a mensagem: ela não está no armazenamento local e nenhum servidor IMAP está conectado.</translation>
    </message>
    <message>
        <source>Moving messages needs an IMAP account: POP3 mail has only its Inbox.</source>
        <translation>Mover mensagens exige uma conta IMAP: no POP3 só existe a Caixa de entrada.</translation>
    </message>
    <message>
        <source>Saving the draft: %1</source>
        <translation>Salvando o rascunho: %1</translation>
    </message>
    <message>
        <source>Removing the draft: %1</source>
        <translation>Removendo o rascunho: %1</translation>
    </message>
    <message>
        <source>Downloading mail (POP3) from %1...</source>
        <translation>Baixando mensagens (POP3) de %1...</translation>
    </message>
    <message>
        <source>POP3: stopped by the user.</source>
        <translation>POP3: interrompido pelo usuário.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) downloaded.</source>
        <translation>
            <numerusform>%n mensagem nova baixada.</numerusform>
            <numerusform>%n mensagens novas baixadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>IMAP: stopped by the user.</source>
        <translation>IMAP: interrompido pelo usuário.</translation>
    </message>
    <message>
        <source>the account has no IMAP server to file in</source>
        <translation>a conta não tem servidor IMAP onde salvar a mensagem</translation>
    </message>
    <message>
        <source>the account&apos;s IMAP connection is not open</source>
        <translation>a conexão IMAP da conta não está aberta</translation>
    </message>
    <message>
        <source>the connection was closed before the APPEND finished</source>
        <translation>a conexão foi fechada antes de o APPEND terminar</translation>
    </message>
    <message>
        <source>IMAP: the server refused the login: %1</source>
        <translation>IMAP: o servidor recusou o login: %1</translation>
    </message>
    <message numerus="yes">
        <source>IMAP: reconnecting in %n s.</source>
        <translation>
            <numerusform>IMAP: reconectando em %n s.</numerusform>
            <numerusform>IMAP: reconectando em %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming: that folder is no longer in the store.</source>
        <translation>Renomear: essa pasta não está mais no armazenamento local.</translation>
    </message>
    <message>
        <source>Folders need an IMAP account: POP3 mail has only its Inbox.</source>
        <translation>Pastas exigem uma conta IMAP: o correio POP3 tem só a Caixa de entrada.</translation>
    </message>
    <message>
        <source>That folder is no longer in the store.</source>
        <translation>Essa pasta não está mais no armazenamento local.</translation>
    </message>
    <message>
        <source>The server keeps its folders flat: %1 cannot hold other folders.</source>
        <translation>O servidor não tem hierarquia de pastas: %1 não pode conter outras pastas.</translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;%1&quot;: the server uses it between folder levels.</source>
        <translation>Um nome de pasta não pode conter &quot;%1&quot;: o servidor o usa entre os níveis de pastas.</translation>
    </message>
    <message>
        <source>that folder is not on this account&apos;s IMAP server</source>
        <translation>essa pasta não está no servidor IMAP desta conta</translation>
    </message>
    <message>
        <source>Renaming %1: &quot;%2&quot; cannot name a local folder.</source>
        <translation>Renomeando %1: &quot;%2&quot; não serve como nome de pasta local.</translation>
    </message>
    <message>
        <source>Keeping messages for offline use: %1</source>
        <translation>Guardando as mensagens para ler sem conexão: %1</translation>
    </message>
    <message>
        <source>that folder is no longer in the store</source>
        <translation>essa pasta não está mais no armazenamento local</translation>
    </message>
    <message>
        <source>Keeping “%1” for offline use: %2 of %3</source>
        <translation>Guardando “%1” para ler sem conexão: %2 de %3</translation>
    </message>
    <message>
        <source>“%1” is ready for offline use.</source>
        <translation>“%1” está pronta para ler sem conexão.</translation>
    </message>
    <message>
        <source>Undo: that folder is no longer in the store.</source>
        <translation>Desfazer: essa pasta não está mais no armazenamento local.</translation>
    </message>
    <message>
        <source>Undo: the messages are not in “%1” yet (the server has not confirmed the move); try again in a moment.</source>
        <translation>Desfazer: as mensagens ainda não estão em “%1” (o servidor ainda não confirmou a movimentação); tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation>Índice de busca: %1</translation>
    </message>
    <message>
        <source>The local store could not be opened.</source>
        <translation>Não foi possível abrir o armazenamento local.</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n message(s) for search...</source>
        <translation>
            <numerusform>Indexando %n mensagem para a busca...</numerusform>
            <numerusform>Indexando %n mensagens para a busca...</numerusform>
        </translation>
    </message>
    <message>
        <source>Local index: %1</source>
        <translation>Índice local: %1</translation>
    </message>
    <message>
        <source>The server is not connected: only the local index was searched.</source>
        <translation>O servidor não está conectado: a busca foi feita só no índice local.</translation>
    </message>
    <message>
        <source>The connection closed before the server&apos;s search ended.</source>
        <translation>A conexão foi fechada antes de a busca no servidor terminar.</translation>
    </message>
    <message>
        <source>A POP3 account has only the INBOX, not &quot;%1&quot;.</source>
        <translation>Uma conta POP3 tem só a caixa de entrada (INBOX), não &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing</source>
        <translation>o driver SQLite do Qt não está instalado</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>não carregada</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Licença: %1</translation>
    </message>
</context>
<context>
    <name>ClassroomMode</name>
    <message>
        <source>Classroom mode: PIPELINING, CHUNKING and SASL-IR switched off; each command waits for its reply, the message goes after DATA and 354 and ends with a lone dot, AUTH waits for the server&apos;s 334.</source>
        <translation>Modo sala de aula: PIPELINING, CHUNKING e SASL-IR desligados; cada comando espera a sua resposta, a mensagem vai depois de DATA e 354 e termina com um ponto sozinho, o AUTH espera o 334 do servidor.</translation>
    </message>
    <message>
        <source>HELO instead of EHLO: no extensions, no STARTTLS, no AUTH (plaintext lab).</source>
        <translation>HELO em vez de EHLO: sem extensões, sem STARTTLS, sem AUTH (laboratório sem criptografia).</translation>
    </message>
    <message>
        <source>Classroom mode: SASL-IR, LITERAL+ and pipelining switched off; AUTHENTICATE and every literal wait for the server&apos;s &quot;+&quot;, and queued commands go one at a time, each after the answer to the one before.</source>
        <translation>Modo sala de aula: SASL-IR, LITERAL+ e pipelining desligados; o AUTHENTICATE e cada literal esperam o &quot;+&quot; do servidor, e os comandos da fila saem um de cada vez, cada um depois da resposta ao anterior.</translation>
    </message>
    <message>
        <source>Classroom mode: PIPELINING and the SASL initial response switched off; each command waits for its reply.</source>
        <translation>Modo sala de aula: PIPELINING e a resposta inicial SASL desligados; cada comando espera a sua resposta.</translation>
    </message>
    <message>
        <source>USER and PASS instead of SASL (only inside TLS, unless this is a plaintext lab account).</source>
        <translation>USER e PASS em vez de SASL (só dentro do TLS, a não ser que esta seja uma conta de laboratório sem criptografia).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 é obrigatório</translation>
    </message>
    <message>
        <source>--body-file: %1</source>
        <translation>--body-file: %1</translation>
    </message>
    <message>
        <source>--html-file: %1</source>
        <translation>--html-file: %1</translation>
    </message>
    <message>
        <source>--message: %1</source>
        <translation>--message: %1</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--server: send needs an smtp:// or smtps:// address</source>
        <translation>--server: send exige um endereço smtp:// ou smtps://</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout deve ser um número positivo de segundos</translation>
    </message>
    <message>
        <source>Compose a message and submit it over SMTP.</source>
        <translation>Compõe uma mensagem e a submete por SMTP.</translation>
    </message>
    <message>
        <source>HTML alternative from a file</source>
        <translation>alternativa em HTML lida de um arquivo</translation>
    </message>
    <message>
        <source>MIME tree: %1</source>
        <translation>árvore MIME: %1</translation>
    </message>
    <message>
        <source>OAuth 2 bearer token for OAUTHBEARER/XOAUTH2 (else CARTEIRO_OAUTH_TOKEN)</source>
        <translation>arquivo com o token OAuth 2 (bearer) para OAUTHBEARER/XOAUTH2 (senão, de CARTEIRO_OAUTH_TOKEN)</translation>
    </message>
    <message>
        <source>RCPT TO: the message was accepted for some recipients only: %1</source>
        <translation>RCPT TO: a mensagem foi aceita só para alguns destinatários: %1</translation>
    </message>
    <message>
        <source>SASL mechanism (default: strongest offered)</source>
        <translation>mecanismo SASL (padrão: o mais forte oferecido)</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (hex SHA-256)</source>
        <translation>aceitar exatamente este certificado do servidor (SHA-256 em hexadecimal)</translation>
    </message>
    <message>
        <source>also write the message to FILE</source>
        <translation>gravar também a mensagem neste arquivo</translation>
    </message>
    <message>
        <source>attachment (repeatable)</source>
        <translation>anexo (repetível)</translation>
    </message>
    <message>
        <source>blind copy (repeatable)</source>
        <translation>cópia oculta (repetível)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>não é possível criar uma pasta temporária: %1</translation>
    </message>
    <message>
        <source>compose: %1</source>
        <translation>composição: %1</translation>
    </message>
    <message>
        <source>copy (repeatable)</source>
        <translation>cópia (repetível)</translation>
    </message>
    <message>
        <source>do not use PIPELINING</source>
        <translation>não usar PIPELINING</translation>
    </message>
    <message>
        <source>extra trusted CA (PEM)</source>
        <translation>CA adicional confiável (PEM)</translation>
    </message>
    <message>
        <source>give --body or --body-file, not both</source>
        <translation>informe --body ou --body-file, não os dois</translation>
    </message>
    <message>
        <source>give at least one --to, --cc or --bcc</source>
        <translation>informe pelo menos um --to, --cc ou --bcc</translation>
    </message>
    <message>
        <source>lab only: allow AUTH on an smtp+plain:// connection</source>
        <translation>só em laboratório: permitir AUTH numa conexão smtp+plain://</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>nome de usuário (login)</translation>
    </message>
    <message>
        <source>no password: set CARTEIRO_PASSWORD or use --password-file</source>
        <translation>sem senha: defina CARTEIRO_PASSWORD ou use --password-file</translation>
    </message>
    <message>
        <source>plain-text body</source>
        <translation>corpo em texto simples</translation>
    </message>
    <message>
        <source>plain-text body from a UTF-8 file</source>
        <translation>corpo em texto simples lido de um arquivo UTF-8</translation>
    </message>
    <message>
        <source>print the MIME tree of the message</source>
        <translation>mostrar a árvore MIME da mensagem</translation>
    </message>
    <message>
        <source>read the password from this file (else CARTEIRO_PASSWORD)</source>
        <translation>ler a senha deste arquivo (senão, de CARTEIRO_PASSWORD)</translation>
    </message>
    <message>
        <source>recipient (repeatable)</source>
        <translation>destinatário (repetível)</translation>
    </message>
    <message>
        <source>seconds to wait for each reply</source>
        <translation>segundos de espera por cada resposta</translation>
    </message>
    <message>
        <source>send this ready RFC 5322 message file as it is (no composing); the envelope comes from --from/--to/--cc/--bcc</source>
        <translation>enviar este arquivo de mensagem RFC 5322 pronto, como está (sem compor); o envelope vem de --from/--to/--cc/--bcc</translation>
    </message>
    <message>
        <source>sender, e.g. &quot;Zé &lt;ze@x.br&gt;&quot;</source>
        <translation>remetente, ex.: &quot;Zé &lt;ze@x.br&gt;&quot;</translation>
    </message>
    <message>
        <source>smtp://HOST[:PORT] (STARTTLS, 587) or smtps://HOST[:PORT] (TLS, 465); smtp+plain:// only for a lab</source>
        <translation>smtp://HOST[:PORTA] (STARTTLS, 587) ou smtps://HOST[:PORTA] (TLS, 465); smtp+plain:// só em laboratório</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>assunto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>use DATA even if CHUNKING is offered</source>
        <translation>usar DATA mesmo se CHUNKING for oferecido</translation>
    </message>
    <message>
        <source>write the transcript to stderr</source>
        <translation>escrever a transcrição em stderr</translation>
    </message>
    <message>
        <source>--server and --user are required</source>
        <translation>--server e --user são obrigatórios</translation>
    </message>
    <message>
        <source>--server: fetch needs an imap://, imaps://, pop3:// or pop3s:// address</source>
        <translation>--server: fetch exige um endereço imap://, imaps://, pop3:// ou pop3s://</translation>
    </message>
    <message>
        <source>IMAP folder (default INBOX)</source>
        <translation>pasta IMAP (padrão: INBOX)</translation>
    </message>
    <message>
        <source>an IMAP message is named by its UID, a positive number: &quot;%1&quot;</source>
        <translation>uma mensagem IMAP é identificada pelo UID, um número positivo: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authentication mechanism (default: strongest)</source>
        <translation>mecanismo de autenticação (padrão: o mais forte)</translation>
    </message>
    <message>
        <source>give exactly one of --list, --raw ID, --mime-tree ID, --folders</source>
        <translation>informe exatamente um de --list, --raw ID, --mime-tree ID, --folders</translation>
    </message>
    <message>
        <source>imap://HOST[:PORT] (STARTTLS, 143), imaps:// (TLS, 993), pop3:// (STLS, 110), pop3s:// (TLS, 995); +plain forms only for a lab</source>
        <translation>imap://HOST[:PORTA] (STARTTLS, 143), imaps:// (TLS, 993), pop3:// (STLS, 110), pop3s:// (TLS, 995); formas +plain só em laboratório</translation>
    </message>
    <message>
        <source>lab only: allow credentials on a +plain:// connection</source>
        <translation>só em laboratório: permitir credenciais numa conexão +plain://</translation>
    </message>
    <message>
        <source>list folders with their special use</source>
        <translation>listar as pastas e seus usos especiais (SPECIAL-USE)</translation>
    </message>
    <message>
        <source>list the messages</source>
        <translation>listar as mensagens</translation>
    </message>
    <message>
        <source>no message with UID %1 in %2</source>
        <translation>nenhuma mensagem com UID %1 em %2</translation>
    </message>
    <message>
        <source>no message with UIDL %1</source>
        <translation>nenhuma mensagem com UIDL %1</translation>
    </message>
    <message>
        <source>print the message&apos;s MIME tree</source>
        <translation>mostrar a árvore MIME da mensagem</translation>
    </message>
    <message>
        <source>with --list: one JSON object per line</source>
        <translation>com --list: um objeto JSON por linha</translation>
    </message>
    <message>
        <source>write the message&apos;s exact bytes to stdout</source>
        <translation>escrever os bytes exatos da mensagem em stdout</translation>
    </message>
    <message>
        <source>Bring the headers of one IMAP folder into the local store.</source>
        <translation>Traz os cabeçalhos de uma pasta IMAP para o armazenamento local.</translation>
    </message>
    <message>
        <source>imap://HOST[:PORT] (STARTTLS, 143) or imaps:// (TLS, 993); +plain forms only for a lab</source>
        <translation>imap://HOST[:PORTA] (STARTTLS, 143) ou imaps:// (TLS, 993); formas +plain só em laboratório</translation>
    </message>
    <message>
        <source>store file (default: %1)</source>
        <translation>arquivo de armazenamento (padrão: %1)</translation>
    </message>
    <message>
        <source>do not use CONDSTORE/QRESYNC (for comparison)</source>
        <translation>não usar CONDSTORE/QRESYNC (para comparação)</translation>
    </message>
    <message>
        <source>UIDs per UID FETCH (default 500)</source>
        <translation>UIDs por UID FETCH (padrão: 500)</translation>
    </message>
    <message>
        <source>print timings (connect+login, select, headers) and peak memory</source>
        <translation>mostrar os tempos (conexão+login, select, cabeçalhos) e o pico de memória</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--chunk must be a number from 1 to 100000: &quot;%1&quot;</source>
        <translation>--chunk deve ser um número de 1 a 100000: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--folder must name a folder</source>
        <translation>--folder deve indicar uma pasta</translation>
    </message>
    <message>
        <source>--server: sync needs an imap:// or imaps:// address</source>
        <translation>--server: sync exige um endereço imap:// ou imaps://</translation>
    </message>
    <message>
        <source>--store must name a file</source>
        <translation>--store deve indicar um arquivo</translation>
    </message>
    <message>
        <source>store %1: %2</source>
        <translation>armazenamento %1: %2</translation>
    </message>
    <message>
        <source>the connection closed before the sync ended</source>
        <translation>a conexão foi fechada antes do fim da sincronização</translation>
    </message>
    <message>
        <source>%1: %2 messages, %3 new, %4 changed, %5 removed</source>
        <translation>%1: %2 mensagens, %3 novas, %4 alteradas, %5 removidas</translation>
    </message>
    <message>
        <source> (UIDVALIDITY changed: cache rebuilt)</source>
        <translation> (UIDVALIDITY mudou: cache reconstruído)</translation>
    </message>
    <message>
        <source>%1: no password: set CARTEIRO_PASSWORD or use --password-file</source>
        <translation>%1: sem senha: defina CARTEIRO_PASSWORD ou use --password-file</translation>
    </message>
    <message>
        <source>Type SMTP, IMAP or POP3 commands one line at a time, or pipe a class script: each command waits for the reply to the previous one.</source>
        <translation>Digite comandos SMTP, IMAP ou POP3 uma linha por vez, ou passe um roteiro de aula pela entrada padrão: cada comando espera a resposta do anterior.</translation>
    </message>
    <message>
        <source>server URL, e.g. smtp+plain://127.0.0.1:10025 or imaps://HOST</source>
        <translation>URL do servidor, por exemplo smtp+plain://127.0.0.1:10025 ou imaps://HOST</translation>
    </message>
    <message>
        <source>user name for AUTH / LOGIN helpers</source>
        <translation>nome de usuário para os assistentes de AUTH / LOGIN</translation>
    </message>
    <message>
        <source>follow every server line with a line that explains it</source>
        <translation>seguir cada linha do servidor de uma linha que a explica</translation>
    </message>
    <message>
        <source>show every step: AUTH without an initial response</source>
        <translation>mostrar cada passo: AUTH sem resposta inicial</translation>
    </message>
    <message>
        <source>lab only: allow the password helpers on a +plain:// connection</source>
        <translation>só no laboratório: permitir os assistentes de senha numa conexão +plain://</translation>
    </message>
    <message>
        <source>--server is required</source>
        <translation>--server é obrigatório</translation>
    </message>
    <message>
        <source>with --trace: explain each line the server sends</source>
        <translation>com --trace: explicar cada linha que o servidor envia</translation>
    </message>
    <message>
        <source>Draw a transcript (the text of --trace or of the inspector&apos;s export) as a ladder diagram in SVG.</source>
        <translation>Desenha uma transcrição (o texto de --trace ou da exportação do inspetor) como diagrama de escada em SVG.</translation>
    </message>
    <message>
        <source>the transcript file</source>
        <translation>o arquivo da transcrição</translation>
    </message>
    <message>
        <source>the SVG file to write</source>
        <translation>o arquivo SVG a gravar</translation>
    </message>
    <message>
        <source>smtp, imap or pop3 (default: guessed from the server&apos;s lines)</source>
        <translation>smtp, imap ou pop3 (padrão: deduzido das linhas do servidor)</translation>
    </message>
    <message>
        <source>the title of the server&apos;s lane</source>
        <translation>o título da raia do servidor</translation>
    </message>
    <message>
        <source>text size in pixels (default 13)</source>
        <translation>tamanho do texto em pixels (padrão 13)</translation>
    </message>
    <message>
        <source>name one transcript file: carteiro-cli diagram TRANSCRIPT -o FILE.svg</source>
        <translation>informe um arquivo de transcrição: carteiro-cli diagram TRANSCRIÇÃO -o ARQUIVO.svg</translation>
    </message>
    <message>
        <source>name the SVG file to write with -o FILE.svg</source>
        <translation>informe o arquivo SVG a gravar com -o ARQUIVO.svg</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;: use smtp, imap or pop3</source>
        <translation>protocolo desconhecido &quot;%1&quot;: use smtp, imap ou pop3</translation>
    </message>
    <message>
        <source>--font-size must be a number of pixels from 6 to 72</source>
        <translation>--font-size deve ser um número de pixels de 6 a 72</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 tem mais de %2 bytes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server (%1)</source>
        <translation>Servidor (%1)</translation>
    </message>
    <message>
        <source>%1 has no C: or S: line to draw</source>
        <translation>%1 não tem nenhuma linha C: ou S: para desenhar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>UIDs in the first UID FETCH: the newest rows, a screen&apos;s worth (default 50)</source>
        <translation>UIDs no primeiro UID FETCH: as mensagens mais recentes, o que cabe numa tela (padrão 50)</translation>
    </message>
    <message>
        <source>--first-chunk must be a number from 1 to 100000: &quot;%1&quot;</source>
        <translation>--first-chunk deve ser um número de 1 a 100000: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--sent-server needs an imap:// or imaps:// address</source>
        <translation>--sent-server precisa de um endereço imap:// ou imaps://</translation>
    </message>
    <message>
        <source>no password: message #%1 logs in to %2 as %3; set CARTEIRO_PASSWORD or use --password-file</source>
        <translation>sem senha: a mensagem #%1 entra em %2 como %3; defina CARTEIRO_PASSWORD ou use --password-file</translation>
    </message>
    <message>
        <source>--sent-server: %1</source>
        <translation>--sent-server: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <source>#%1 not filed in Sent: %2 (`outbox retry %1` files it again)</source>
        <translation>#%1 não arquivada em Enviados: %2 (`outbox retry %1` arquiva de novo)</translation>
    </message>
    <message>
        <source>#%1 filed in %2</source>
        <translation>#%1 arquivada em %2</translation>
    </message>
    <message>
        <source>#%1 sent, queued as %2 (%3), filed in %4</source>
        <translation>#%1 enviada, na fila do servidor como %2 (%3), arquivada em %4</translation>
    </message>
    <message>
        <source>#%1 sent, queued as %2 (%3)</source>
        <translation>#%1 enviada, na fila do servidor como %2 (%3)</translation>
    </message>
    <message>
        <source>nothing to send: no queued or deferred message in the outbox</source>
        <translation>nada a enviar: nenhuma mensagem na fila ou adiada na caixa de saída</translation>
    </message>
    <message>
        <source>no password for account %1: set CARTEIRO_PASSWORD or use --password-file</source>
        <translation>sem senha para a conta %1: defina CARTEIRO_PASSWORD ou use --password-file</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>#%1 is being sent right now; try again when it has ended</source>
        <translation>#%1 está sendo enviada agora; tente de novo quando terminar</translation>
    </message>
    <message>
        <source>#%1 is already filed in Sent: nothing to retry</source>
        <translation>#%1 já está arquivada em Enviados: nada a tentar de novo</translation>
    </message>
    <message>
        <source>#%1 was sent; it belongs to an account of the app, whose Outbox files it in Sent</source>
        <translation>#%1 foi enviada; ela pertence a uma conta do aplicativo, cuja Caixa de saída a arquiva em Enviados</translation>
    </message>
    <message>
        <source>#%1 was sent but is not filed in Sent: give --sent-server imaps://HOST[:PORT] to file it</source>
        <translation>#%1 foi enviada mas não está arquivada em Enviados: informe --sent-server imaps://HOST[:PORTA] para arquivá-la</translation>
    </message>
    <message>
        <source>#%1 not filed in Sent: %2</source>
        <translation>#%1 não arquivada em Enviados: %2</translation>
    </message>
    <message>
        <source>#%1 is being sent right now and cannot be dropped</source>
        <translation>#%1 está sendo enviada agora e não pode ser descartada</translation>
    </message>
    <message>
        <source>#%1 cannot be dropped: %2</source>
        <translation>#%1 não pode ser descartada: %2</translation>
    </message>
    <message>
        <source>#%1 dropped from the outbox</source>
        <translation>#%1 descartada da caixa de saída</translation>
    </message>
    <message>
        <source>--store %1 is a folder; give a store file</source>
        <translation>--store %1 é uma pasta; informe um arquivo de armazenamento</translation>
    </message>
    <message>
        <source>The durable outbox: messages queued with `send --queue` (and by the app).
  list [--json]  every message with its state
  flush          send every queued or deferred message now (ignoring the back-off)
  retry ID       queue a failed or possibly sent message again and send it; file an unfiled one
  drop ID        remove a message (not while it is being sent)
Exit codes: 0 done, 1 usage (bad option, unknown ID, no password), 2 still queued or deferred (server down or 4xx), 3 refused (5xx or action refused), 4 possibly sent, 5 store not usable.</source>
        <translation>A caixa de saída durável: mensagens postas na fila com `send --queue` (e pelo aplicativo).
  list [--json]  cada mensagem com seu estado
  flush          envia agora toda mensagem na fila ou adiada (ignorando a espera)
  retry ID       põe de novo na fila uma mensagem que falhou ou talvez enviada e a envia; arquiva uma não arquivada
  drop ID        remove uma mensagem (não enquanto está sendo enviada)
Códigos de saída: 0 feito, 1 uso (opção inválida, ID desconhecido, sem senha), 2 ainda na fila ou adiada (servidor fora do ar ou 4xx), 3 recusada (5xx ou ação recusada), 4 talvez enviada, 5 armazenamento inutilizável.</translation>
    </message>
    <message>
        <source>list, flush, retry or drop</source>
        <translation>list, flush, retry ou drop</translation>
    </message>
    <message>
        <source>the message&apos;s ID (retry, drop)</source>
        <translation>o ID da mensagem (retry, drop)</translation>
    </message>
    <message>
        <source>list: one JSON object per line</source>
        <translation>list: um objeto JSON por linha</translation>
    </message>
    <message>
        <source>file a copy of what carteiro-cli queued in Sent on this IMAP server (imaps://HOST[:PORT]; same login and password)</source>
        <translation>arquiva uma cópia do que o carteiro-cli pôs na fila em Enviados neste servidor IMAP (imaps://HOST[:PORTA]; mesmo login e senha)</translation>
    </message>
    <message>
        <source>outbox: give list, flush, retry ID or drop ID</source>
        <translation>outbox: informe list, flush, retry ID ou drop ID</translation>
    </message>
    <message>
        <source>outbox: unknown command &quot;%1&quot; (list, flush, retry ID, drop ID)</source>
        <translation>outbox: comando desconhecido &quot;%1&quot; (list, flush, retry ID, drop ID)</translation>
    </message>
    <message>
        <source>outbox %1: give exactly one message ID</source>
        <translation>outbox %1: informe exatamente um ID de mensagem</translation>
    </message>
    <message>
        <source>outbox %1: unexpected argument &quot;%2&quot;</source>
        <translation>outbox %1: argumento inesperado &quot;%2&quot;</translation>
    </message>
    <message>
        <source>outbox %1: &quot;%2&quot; is not a message ID (a positive number, as `outbox list` shows)</source>
        <translation>outbox %1: &quot;%2&quot; não é um ID de mensagem (um número positivo, como `outbox list` mostra)</translation>
    </message>
    <message>
        <source>--json goes with outbox list</source>
        <translation>--json vai com outbox list</translation>
    </message>
    <message>
        <source>no message #%1 in the outbox %2 (`outbox list` shows the IDs)</source>
        <translation>nenhuma mensagem #%1 na caixa de saída %2 (`outbox list` mostra os IDs)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent, not filed</source>
        <translation>enviada, não arquivada</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>arquivada</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>adiada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>possibly sent</source>
        <translation>talvez enviada</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>A caixa de saída está vazia.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation>TENT.</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>PARA</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASSUNTO</translation>
    </message>
    <message>
        <source>next try %1 (UTC)</source>
        <translation>próxima tentativa %1 (UTC)</translation>
    </message>
    <message>
        <source>to be sent at %1 (UTC)</source>
        <translation>a enviar em %1 (UTC)</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>servidor: %1</translation>
    </message>
    <message>
        <source>the connection was lost after the message was handed over: check the recipient&apos;s mailbox, then `outbox retry %1` or `outbox drop %1`</source>
        <translation>a conexão caiu depois que a mensagem foi entregue: confira a caixa do destinatário, depois `outbox retry %1` ou `outbox drop %1`</translation>
    </message>
    <message>
        <source>#%1 sent to %2, queued as %3 (%4)</source>
        <translation>#%1 enviada para %2, na fila do servidor como %3 (%4)</translation>
    </message>
    <message>
        <source>#%1 deferred (%2); it stays queued: send it later with `carteiro-cli outbox flush`</source>
        <translation>#%1 adiada (%2); ela continua na fila: envie-a depois com `carteiro-cli outbox flush`</translation>
    </message>
    <message>
        <source>#%1 is still queued: send it with `carteiro-cli outbox flush`</source>
        <translation>#%1 ainda está na fila: envie-a com `carteiro-cli outbox flush`</translation>
    </message>
    <message>
        <source>#%1 failed: %2</source>
        <translation>#%1 falhou: %2</translation>
    </message>
    <message>
        <source>#%1 possibly sent: the connection was lost after the final dot, before the server answered; it is not sent again by itself (`outbox retry %1` sends it again)</source>
        <translation>#%1 talvez enviada: a conexão caiu depois do ponto final, antes da resposta do servidor; ela não é enviada de novo sozinha (`outbox retry %1` a envia de novo)</translation>
    </message>
    <message>
        <source>#%1 is being sent</source>
        <translation>#%1 está sendo enviada</translation>
    </message>
    <message>
        <source>the message is queued as #%1 in the outbox (%2); send it later with `carteiro-cli outbox flush`</source>
        <translation>a mensagem está na fila como #%1 na caixa de saída (%2); envie-a depois com `carteiro-cli outbox flush`</translation>
    </message>
    <message>
        <source>the message could not be written to the outbox %1: %2</source>
        <translation>não foi possível gravar a mensagem na caixa de saída %1: %2</translation>
    </message>
    <message>
        <source>queued as #%1, to be sent at %2 (UTC); `carteiro-cli outbox flush` sends it now</source>
        <translation>na fila como #%1, a enviar em %2 (UTC); `carteiro-cli outbox flush` a envia agora</translation>
    </message>
    <message>
        <source>#%1 not filed in Sent: %2 (`carteiro-cli outbox retry %1` files it again)</source>
        <translation>#%1 não arquivada em Enviados: %2 (`carteiro-cli outbox retry %1` arquiva de novo)</translation>
    </message>
    <message>
        <source>write the message to the durable outbox first, then send it; a server that is down leaves it queued (exit 2) for `outbox flush`</source>
        <translation>grava a mensagem primeiro na caixa de saída durável, depois a envia; com o servidor fora do ar ela fica na fila (saída 2) para `outbox flush`</translation>
    </message>
    <message>
        <source>with --queue: the outbox&apos;s store file (default: the app&apos;s)</source>
        <translation>com --queue: o arquivo de armazenamento da caixa de saída (padrão: o do aplicativo)</translation>
    </message>
    <message>
        <source>with --queue: file a copy in Sent on this IMAP server (imaps://HOST[:PORT]; same login and password)</source>
        <translation>com --queue: arquiva uma cópia em Enviados neste servidor IMAP (imaps://HOST[:PORTA]; mesmo login e senha)</translation>
    </message>
    <message>
        <source>with --queue: send later, not before this ISO 8601 date and time (local time unless it says Z or an offset)</source>
        <translation>com --queue: enviar mais tarde, não antes desta data e hora ISO 8601 (hora local, a menos que traga Z ou um deslocamento)</translation>
    </message>
    <message>
        <source>--store, --sent-server and --send-at go with --queue</source>
        <translation>--store, --sent-server e --send-at vão com --queue</translation>
    </message>
    <message>
        <source>--send-at &quot;%1&quot; is not an ISO 8601 date and time (e.g. 2026-12-24T18:00 or 2026-12-24T21:00:00Z)</source>
        <translation>--send-at &quot;%1&quot; não é uma data e hora ISO 8601 (p. ex. 2026-12-24T18:00 ou 2026-12-24T21:00:00Z)</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --queue: a queued message keeps only its server, login, CA file and mechanism</source>
        <translation>--%1 não pode ser usado com --queue: uma mensagem na fila guarda só seu servidor, login, arquivo de CA e mecanismo</translation>
    </message>
    <message>
        <source>carteiro-cli: unknown command &quot;%1&quot;</source>
        <translation>carteiro-cli: comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read mail over IMAP or POP3, or straight from a mailbox on disk (--server mbox:PATH, maildir:PATH or mh:PATH).</source>
        <translation>Lê correio por IMAP ou POP3, ou diretamente de uma caixa de correio no disco (--server mbox:CAMINHO, maildir:CAMINHO ou mh:CAMINHO).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>no message %1 in %2 (%3)</source>
        <translation>não há mensagem %1 em %2 (%3)</translation>
    </message>
    <message>
        <source>wrote %1: %2, %3, %4</source>
        <translation>gravado %1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n arrow(s)</source>
        <translation>
            <numerusform>%n seta</numerusform>
            <numerusform>%n setas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent while another command was in flight</source>
        <translation>
            <numerusform>%n enviada enquanto outro comando estava em trânsito</numerusform>
            <numerusform>%n enviadas enquanto outro comando estava em trânsito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TLS handshake(s)</source>
        <translation>
            <numerusform>%n negociação TLS</numerusform>
            <numerusform>%n negociações TLS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent: %n recipient(s), queued as %1 (%2)</source>
        <translation>
            <numerusform>enviada: %n destinatário, enfileirada como %1 (%2)</numerusform>
            <numerusform>enviada: %n destinatários, enfileirada como %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message %1 &quot;%2&quot;: %n Received field(s)</source>
        <translation>
            <numerusform>Mensagem %1 &quot;%2&quot;: %n campo Received</numerusform>
            <numerusform>Mensagem %1 &quot;%2&quot;: %n campos Received</numerusform>
        </translation>
    </message>
    <message>
        <source>(no Message-ID)</source>
        <translation>(sem Message-ID)</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>envio</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>leitura</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>salto</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>horário desconhecido</translation>
    </message>
    <message>
        <source>%1 earlier (clocks disagree)</source>
        <translation>%1 antes (os relógios discordam)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation>login: %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Claims written by servers (not verified by Carteiro):</source>
        <translation>Afirmações escritas pelos servidores (não verificadas pelo Carteiro):</translation>
    </message>
    <message>
        <source>The journey of a message file (.eml): one hop per Received field, oldest first, with the delay between them, plus the legs Carteiro knows of from its store (its own submission, when it fetched the message). Exit codes: 0 done, 1 bad arguments or not a message, 5 the store named cannot be read.</source>
        <translation>O percurso de um arquivo de mensagem (.eml): um salto por campo Received, do mais antigo ao mais recente, com o intervalo entre eles, mais os trechos que o Carteiro conhece pelo seu armazenamento (o próprio envio, quando buscou a mensagem). Códigos de saída: 0 concluído, 1 argumentos inválidos ou não é uma mensagem, 5 o armazenamento indicado não pode ser lido.</translation>
    </message>
    <message>
        <source>the message file (.eml)</source>
        <translation>o arquivo da mensagem (.eml)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprimir em JSON</translation>
    </message>
    <message>
        <source>store file (default: %1, when it exists)</source>
        <translation>arquivo de armazenamento (padrão: %1, quando existe)</translation>
    </message>
    <message>
        <source>only the message&apos;s own header</source>
        <translation>só o próprio cabeçalho da mensagem</translation>
    </message>
    <message>
        <source>name one message file: carteiro-cli journey FILE.eml [--json]</source>
        <translation>indique um arquivo de mensagem: carteiro-cli journey ARQUIVO.eml [--json]</translation>
    </message>
    <message>
        <source>%1 is a folder; give a message file (.eml)</source>
        <translation>%1 é uma pasta; indique um arquivo de mensagem (.eml)</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a message</source>
        <translation>%1 está vazio: não é uma mensagem</translation>
    </message>
    <message>
        <source>%1 has no Received, Message-ID or Date field: is it a message (.eml)?</source>
        <translation>%1 não tem campo Received, Message-ID nem Date: é mesmo uma mensagem (.eml)?</translation>
    </message>
    <message>
        <source>store %1 does not exist</source>
        <translation>o armazenamento %1 não existe</translation>
    </message>
    <message>
        <source>usage: carteiro-cli send --server smtp://HOST[:PORT] --user NAME --from ADDR --to ADDR --subject TEXT [...]
       carteiro-cli fetch --server imaps://HOST[:PORT] --user NAME [--list [--json] | --raw ID | --mime-tree ID | --folders]
       carteiro-cli send ... --queue [--store FILE]
       carteiro-cli outbox list [--json] | flush | retry ID | drop ID [--store FILE]
       carteiro-cli sync --server imaps://HOST[:PORT] --user NAME [--folder NAME] [--store FILE] [--stats]
       carteiro-cli search --server imaps://HOST[:PORT] --user NAME [--folder NAME | --all-folders] [--store FILE] [--local] QUERY [--json]
       carteiro-cli console --server URL [--user NAME] [--explain] [--classroom]
       carteiro-cli diagram TRANSCRIPT -o FILE.svg
       carteiro-cli journey FILE.eml [--json] [--store FILE]
       carteiro-cli send --help | fetch --help | outbox --help | sync --help | console --help | search --help | diagram --help | journey --help</source>
        <translation>uso: carteiro-cli send --server smtp://HOST[:PORTA] --user NOME --from ENDEREÇO --to ENDEREÇO --subject TEXTO [...]
       carteiro-cli fetch --server imaps://HOST[:PORTA] --user NOME [--list [--json] | --raw ID | --mime-tree ID | --folders]
       carteiro-cli send ... --queue [--store ARQUIVO]
       carteiro-cli outbox list [--json] | flush | retry ID | drop ID [--store ARQUIVO]
       carteiro-cli sync --server imaps://HOST[:PORTA] --user NOME [--folder NOME] [--store ARQUIVO] [--stats]
       carteiro-cli search --server imaps://HOST[:PORTA] --user NOME [--folder NOME | --all-folders] [--store ARQUIVO] [--local] CONSULTA [--json]
       carteiro-cli console --server URL [--user NOME] [--explain] [--classroom]
       carteiro-cli diagram TRANSCRIÇÃO -o ARQUIVO.svg
       carteiro-cli journey ARQUIVO.eml [--json] [--store ARQUIVO]
       carteiro-cli send --help | fetch --help | outbox --help | sync --help | console --help | search --help | diagram --help | journey --help</translation>
    </message>
    <message>
        <source>Search the mail of an IMAP account: the local full-text index first, then the server&apos;s SEARCH for the messages whose body is not cached.</source>
        <translation>Busca nas mensagens de uma conta IMAP: primeiro no índice local de texto completo, depois com o SEARCH do servidor nas mensagens cujo corpo ainda não foi baixado.</translation>
    </message>
    <message>
        <source>words, and from: to: subject: body: since: before: has:attachment is:unread is:flagged</source>
        <translation>palavras, e de: para: assunto: corpo: desde: até: tem:anexo é:naolida é:sinalizada (ou from: to: subject: body: since: before: has:attachment is:unread is:flagged)</translation>
    </message>
    <message>
        <source>every folder of the account</source>
        <translation>todas as pastas da conta</translation>
    </message>
    <message>
        <source>search the store only (no network)</source>
        <translation>buscar só no armazenamento local (sem rede)</translation>
    </message>
    <message>
        <source>one JSON object per hit</source>
        <translation>um objeto JSON por mensagem encontrada</translation>
    </message>
    <message>
        <source>give --folder NAME or --all-folders, not both</source>
        <translation>use --folder NOME ou --all-folders, não os dois</translation>
    </message>
    <message>
        <source>nothing to search for: give words or terms (carteiro-cli search --help)</source>
        <translation>nada para buscar: informe palavras ou termos (carteiro-cli search --help)</translation>
    </message>
    <message>
        <source>--server: search needs an imap:// or imaps:// address</source>
        <translation>--server: a busca precisa de um endereço imap:// ou imaps://</translation>
    </message>
    <message>
        <source>store %1 does not exist: run carteiro-cli sync first, or search without --local</source>
        <translation>o armazenamento %1 não existe: rode carteiro-cli sync antes, ou busque sem --local</translation>
    </message>
    <message>
        <source>the store %1 has no folder %2 of %3: run carteiro-cli sync first</source>
        <translation>o armazenamento %1 não tem a pasta %2 de %3: rode carteiro-cli sync antes</translation>
    </message>
    <message>
        <source>the connection closed before the search ended</source>
        <translation>a conexão foi fechada antes de a busca terminar</translation>
    </message>
    <message>
        <source>the server lists no folder to search</source>
        <translation>o servidor não lista nenhuma pasta para buscar</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>the server refused the login</source>
        <translation>o servidor recusou o login</translation>
    </message>
    <message>
        <source>the connection closed before the messages were read</source>
        <translation>a conexão foi fechada antes de as mensagens serem lidas</translation>
    </message>
    <message>
        <source>keep what is read in this store file (default: none, the store lives in memory)</source>
        <translation>guarda o que for lido neste arquivo de armazenamento (padrão: nenhum, o armazenamento fica na memória)</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Identifies the client to the server (original SMTP, no extensions)</source>
        <translation>Identifica o cliente para o servidor (SMTP original, sem extensões)</translation>
    </message>
    <message>
        <source>The server answers with one 250 line and no list of extensions; use EHLO to learn what the server offers</source>
        <translation>O servidor responde com uma única linha 250, sem lista de extensões; use EHLO para saber o que o servidor oferece</translation>
    </message>
    <message>
        <source>Identifies the client and asks the server to list its extensions (ESMTP)</source>
        <translation>Identifica o cliente e pede ao servidor a lista de suas extensões (ESMTP)</translation>
    </message>
    <message>
        <source>The reply has one line per extension keyword (PIPELINING, SIZE, STARTTLS, AUTH, ...); after STARTTLS the client must send EHLO again</source>
        <translation>A resposta tem uma linha por palavra-chave de extensão (PIPELINING, SIZE, STARTTLS, AUTH, ...); depois do STARTTLS o cliente precisa enviar EHLO de novo</translation>
    </message>
    <message>
        <source>Starts a mail transaction and gives the sender address (the envelope&apos;s return path)</source>
        <translation>Inicia uma transação de correio e informa o endereço do remetente (o caminho de retorno do envelope)</translation>
    </message>
    <message>
        <source>The address goes between angle brackets, with no space after the colon: MAIL FROM:&lt;ana@example.test&gt; (RFC 5321 §4.1.2). A lenient server accepts it without them; a strict one answers 501</source>
        <translation>O endereço vai entre sinais de menor e maior, sem espaço depois dos dois-pontos: MAIL FROM:&lt;ana@example.test&gt; (RFC 5321 §4.1.2). Um servidor tolerante aceita sem eles; um rigoroso responde 501</translation>
    </message>
    <message>
        <source>Gives one recipient of the message; repeat it for each recipient</source>
        <translation>Informa um destinatário da mensagem; repita para cada destinatário</translation>
    </message>
    <message>
        <source>A server accepts mail for its own domains; for any other domain it relays only for authenticated clients, and refuses the rest (554 Relay access denied, RFC 5321 §3.6)</source>
        <translation>Um servidor aceita mensagens para os seus próprios domínios; para qualquer outro domínio, só faz relay para clientes autenticados e recusa o resto (554 Relay access denied, RFC 5321 §3.6)</translation>
    </message>
    <message>
        <source>Asks to send the message itself: after the 354 reply come the lines of the message, ended by a line with a single dot</source>
        <translation>Pede para enviar a mensagem em si: depois da resposta 354 vêm as linhas da mensagem, terminadas por uma linha só com um ponto</translation>
    </message>
    <message>
        <source>A line of the message that starts with a dot is sent with one more dot (dot-stuffing, RFC 5321 §4.5.2), so that only the lone dot ends it</source>
        <translation>Uma linha da mensagem que começa com ponto é enviada com mais um ponto (dot-stuffing, RFC 5321 §4.5.2), para que só o ponto sozinho na linha a termine</translation>
    </message>
    <message>
        <source>Sends the message in chunks of an exact byte count, with no dot-stuffing (CHUNKING)</source>
        <translation>Envia a mensagem em blocos com contagem exata de bytes, sem dot-stuffing (CHUNKING)</translation>
    </message>
    <message>
        <source>Aborts the current mail transaction: sender and recipients are forgotten</source>
        <translation>Cancela a transação de correio em andamento: remetente e destinatários são esquecidos</translation>
    </message>
    <message>
        <source>Asks whether a user or mailbox exists on the server</source>
        <translation>Pergunta se um usuário ou caixa postal existe no servidor</translation>
    </message>
    <message>
        <source>Most servers will not confirm addresses, so that nobody can harvest them: they answer 252 (cannot verify, but will accept the message and try to deliver it) or 502 (disabled by policy). See RFC 5321 §3.5.3 and §7.3</source>
        <translation>A maioria dos servidores não confirma endereços, para que ninguém possa coletá-los: respondem 252 (não dá para verificar, mas a mensagem será aceita e haverá tentativa de entrega) ou 502 (desativado por política). Veja a RFC 5321 §3.5.3 e §7.3</translation>
    </message>
    <message>
        <source>Asks the server to expand a mailing list into its members</source>
        <translation>Pede ao servidor que expanda uma lista de distribuição em seus membros</translation>
    </message>
    <message>
        <source>Usually disabled so that the members of a list stay private: the server answers 502 (not implemented) or 252. See RFC 5321 §3.5.3 and §7.3</source>
        <translation>Costuma ser desativado para manter os membros de uma lista em sigilo: o servidor responde 502 (não implementado) ou 252. Veja a RFC 5321 §3.5.3 e §7.3</translation>
    </message>
    <message>
        <source>Asks the server for help on its commands (reply 214)</source>
        <translation>Pede ao servidor ajuda sobre os seus comandos (resposta 214)</translation>
    </message>
    <message>
        <source>Does nothing: the server answers 250, which shows the connection is alive</source>
        <translation>Não faz nada: o servidor responde 250, o que mostra que a conexão está viva</translation>
    </message>
    <message>
        <source>Ends the session: the server answers 221 and closes the connection</source>
        <translation>Encerra a sessão: o servidor responde 221 e fecha a conexão</translation>
    </message>
    <message>
        <source>Asks to upgrade the connection to TLS: after the 220 reply comes the TLS handshake, and the session starts over with EHLO</source>
        <translation>Pede para passar a conexão para TLS: depois da resposta 220 vem o handshake TLS, e a sessão recomeça com EHLO</translation>
    </message>
    <message>
        <source>Authenticates with a SASL mechanism (PLAIN, LOGIN, SCRAM-SHA-256, ...)</source>
        <translation>Autentica com um mecanismo SASL (PLAIN, LOGIN, SCRAM-SHA-256, ...)</translation>
    </message>
    <message>
        <source>PLAIN and LOGIN carry the password merely encoded in base64, not encrypted: only inside TLS</source>
        <translation>PLAIN e LOGIN levam a senha apenas codificada em base64, não criptografada: só dentro de TLS</translation>
    </message>
    <message>
        <source>Asked the server to swap roles and send its queued mail to the client (obsolete)</source>
        <translation>Pedia ao servidor que trocasse de papel e enviasse ao cliente as mensagens na fila (obsoleto)</translation>
    </message>
    <message>
        <source>Obsolete: defined in RFC 821 and removed from RFC 5321, because anyone could take the mail meant for a host. A server today answers 502 (command not implemented)</source>
        <translation>Obsoleto: definido na RFC 821 e removido da RFC 5321, porque qualquer um poderia pegar as mensagens destinadas a um host. Hoje um servidor responde 502 (comando não implementado)</translation>
    </message>
    <message>
        <source>Asked to deliver the message to the user&apos;s terminal instead of the mailbox (obsolete)</source>
        <translation>Pedia para entregar a mensagem no terminal do usuário em vez da caixa postal (obsoleto)</translation>
    </message>
    <message>
        <source>Obsolete: defined in RFC 821 and removed from RFC 5321 (users no longer sit at the server&apos;s terminals). A server today answers 502 (command not implemented)</source>
        <translation>Obsoleto: definido na RFC 821 e removido da RFC 5321 (os usuários não ficam mais sentados nos terminais do servidor). Hoje um servidor responde 502 (comando não implementado)</translation>
    </message>
    <message>
        <source>Send Or MaiL: to the user&apos;s terminal if logged in, otherwise to the mailbox (obsolete)</source>
        <translation>Send Or MaiL (enviar ou postar): para o terminal do usuário se ele estiver conectado, senão para a caixa postal (obsoleto)</translation>
    </message>
    <message>
        <source>Send And MaiL: to the user&apos;s terminal and to the mailbox (obsolete)</source>
        <translation>Send And MaiL (enviar e postar): para o terminal do usuário e para a caixa postal (obsoleto)</translation>
    </message>
    <message>
        <source>Asks the server for the list of its capabilities</source>
        <translation>Pede ao servidor a lista de suas capacidades</translation>
    </message>
    <message>
        <source>Does nothing, but gives the server a chance to report news (new messages, flag changes)</source>
        <translation>Não faz nada, mas dá ao servidor a chance de relatar novidades (mensagens novas, mudanças de flags)</translation>
    </message>
    <message>
        <source>Ends the session: the server sends BYE, then OK, and closes the connection</source>
        <translation>Encerra a sessão: o servidor envia BYE, depois OK, e fecha a conexão</translation>
    </message>
    <message>
        <source>Exchanges the names and versions of client and server software</source>
        <translation>Troca os nomes e versões dos programas cliente e servidor</translation>
    </message>
    <message>
        <source>Asks to upgrade the connection to TLS; capabilities must be asked again afterwards</source>
        <translation>Pede para passar a conexão para TLS; depois é preciso pedir as capacidades de novo</translation>
    </message>
    <message>
        <source>Logs in with a SASL mechanism (PLAIN, SCRAM-SHA-256, XOAUTH2, ...)</source>
        <translation>Faz login com um mecanismo SASL (PLAIN, SCRAM-SHA-256, XOAUTH2, ...)</translation>
    </message>
    <message>
        <source>Logs in with a user name and a password in plain text</source>
        <translation>Faz login com nome de usuário e senha em texto puro</translation>
    </message>
    <message>
        <source>The password travels as it is: only inside TLS. A server that forbids it announces LOGINDISABLED</source>
        <translation>A senha viaja como está: só dentro de TLS. Um servidor que proíbe isso anuncia LOGINDISABLED</translation>
    </message>
    <message>
        <source>Turns on extensions that change how the server answers (CONDSTORE, QRESYNC, UTF8=ACCEPT)</source>
        <translation>Liga extensões que mudam a forma como o servidor responde (CONDSTORE, QRESYNC, UTF8=ACCEPT)</translation>
    </message>
    <message>
        <source>Opens a mailbox for reading and writing; the server reports its size, flags and UIDs</source>
        <translation>Abre uma caixa postal para leitura e escrita; o servidor informa o tamanho, as flags e os UIDs</translation>
    </message>
    <message>
        <source>Opens a mailbox read-only (like SELECT, changes nothing)</source>
        <translation>Abre uma caixa postal só para leitura (como SELECT, sem alterar nada)</translation>
    </message>
    <message>
        <source>Creates a mailbox (folder)</source>
        <translation>Cria uma caixa postal (pasta)</translation>
    </message>
    <message>
        <source>Deletes a mailbox and the messages in it</source>
        <translation>Apaga uma caixa postal e as mensagens que ela contém</translation>
    </message>
    <message>
        <source>Renames a mailbox</source>
        <translation>Renomeia uma caixa postal</translation>
    </message>
    <message>
        <source>Adds a mailbox to the subscribed list (the folders a client shows)</source>
        <translation>Adiciona uma caixa postal à lista de assinadas (as pastas que um cliente mostra)</translation>
    </message>
    <message>
        <source>Removes a mailbox from the subscribed list</source>
        <translation>Remove uma caixa postal da lista de assinadas</translation>
    </message>
    <message>
        <source>Lists mailboxes whose names match a pattern (* any, % one level)</source>
        <translation>Lista as caixas postais cujo nome casa com um padrão (* qualquer coisa, % um nível)</translation>
    </message>
    <message>
        <source>Lists subscribed mailboxes (IMAP4rev1)</source>
        <translation>Lista as caixas postais assinadas (IMAP4rev1)</translation>
    </message>
    <message>
        <source>Removed from IMAP4rev2 (RFC 9051), which uses LIST (SUBSCRIBED) instead</source>
        <translation>Removido do IMAP4rev2 (RFC 9051), que usa LIST (SUBSCRIBED) no lugar</translation>
    </message>
    <message>
        <source>Asks for the prefixes and hierarchy separators of personal, other users&apos; and shared mailboxes</source>
        <translation>Pede os prefixos e separadores de hierarquia das caixas postais pessoais, de outros usuários e compartilhadas</translation>
    </message>
    <message>
        <source>Asks for counters of a mailbox (MESSAGES, UNSEEN, UIDNEXT, ...) without selecting it</source>
        <translation>Pede os contadores de uma caixa postal (MESSAGES, UNSEEN, UIDNEXT, ...) sem selecioná-la</translation>
    </message>
    <message>
        <source>Stores a new message in a mailbox (the Sent folder, a draft); the message follows as a literal</source>
        <translation>Guarda uma mensagem nova numa caixa postal (a pasta de enviadas, um rascunho); a mensagem vem em seguida como literal</translation>
    </message>
    <message>
        <source>Waits for the server to push news (new mail, expunges) until the client sends DONE</source>
        <translation>Espera o servidor avisar das novidades (mensagens novas, remoções) até o cliente enviar DONE</translation>
    </message>
    <message>
        <source>Ends IDLE (sent without a tag)</source>
        <translation>Encerra o IDLE (enviado sem tag)</translation>
    </message>
    <message>
        <source>Closes the selected mailbox, removing the messages marked \Deleted</source>
        <translation>Fecha a caixa postal selecionada, removendo as mensagens marcadas com \Deleted</translation>
    </message>
    <message>
        <source>Closes the selected mailbox without removing anything</source>
        <translation>Fecha a caixa postal selecionada sem remover nada</translation>
    </message>
    <message>
        <source>Removes for good the messages marked \Deleted in the selected mailbox</source>
        <translation>Remove de vez as mensagens marcadas com \Deleted na caixa postal selecionada</translation>
    </message>
    <message>
        <source>Finds the messages that match criteria (UNSEEN, FROM, SINCE, ...)</source>
        <translation>Encontra as mensagens que atendem a critérios (UNSEEN, FROM, SINCE, ...)</translation>
    </message>
    <message>
        <source>Reads data of messages: flags, envelope, size, structure, headers or body parts</source>
        <translation>Lê dados das mensagens: flags, envelope, tamanho, estrutura, cabeçalhos ou partes do corpo</translation>
    </message>
    <message>
        <source>Changes the flags of messages (\Seen, \Deleted, \Flagged, ...)</source>
        <translation>Altera as flags das mensagens (\Seen, \Deleted, \Flagged, ...)</translation>
    </message>
    <message>
        <source>Copies messages to another mailbox</source>
        <translation>Copia mensagens para outra caixa postal</translation>
    </message>
    <message>
        <source>Moves messages to another mailbox</source>
        <translation>Move mensagens para outra caixa postal</translation>
    </message>
    <message>
        <source>Runs FETCH, STORE, COPY, MOVE, SEARCH or EXPUNGE with UIDs (stable identifiers) instead of message sequence numbers</source>
        <translation>Executa FETCH, STORE, COPY, MOVE, SEARCH ou EXPUNGE com UIDs (identificadores estáveis) em vez dos números de sequência das mensagens</translation>
    </message>
    <message>
        <source>Asked the server to save the selected mailbox&apos;s state to disk (IMAP4rev1)</source>
        <translation>Pedia ao servidor que gravasse em disco o estado da caixa postal selecionada (IMAP4rev1)</translation>
    </message>
    <message>
        <source>Removed from IMAP4rev2 (RFC 9051); servers treat it as NOOP</source>
        <translation>Removido do IMAP4rev2 (RFC 9051); os servidores o tratam como NOOP</translation>
    </message>
    <message>
        <source>Asks for the server&apos;s capabilities (one per line, ended by a lone dot)</source>
        <translation>Pede as capacidades do servidor (uma por linha, terminadas por um ponto sozinho na linha)</translation>
    </message>
    <message>
        <source>Asks to upgrade the connection to TLS, before logging in</source>
        <translation>Pede para passar a conexão para TLS, antes do login</translation>
    </message>
    <message>
        <source>Gives the user name (first half of USER/PASS login)</source>
        <translation>Informa o nome de usuário (primeira metade do login USER/PASS)</translation>
    </message>
    <message>
        <source>Gives the password, in plain text (second half of USER/PASS login)</source>
        <translation>Informa a senha, em texto puro (segunda metade do login USER/PASS)</translation>
    </message>
    <message>
        <source>The password travels as it is: only inside TLS (STLS first, or port 995)</source>
        <translation>A senha viaja como está: só dentro de TLS (STLS antes, ou a porta 995)</translation>
    </message>
    <message>
        <source>Logs in with an MD5 digest of the greeting&apos;s timestamp and the password (the password itself is not sent)</source>
        <translation>Faz login com um resumo MD5 do carimbo de tempo da saudação e da senha (a senha em si não é enviada)</translation>
    </message>
    <message>
        <source>MD5 is weak today: APOP is no substitute for TLS</source>
        <translation>O MD5 hoje é fraco: APOP não substitui o TLS</translation>
    </message>
    <message>
        <source>Asks how many messages the maildrop holds and their total size</source>
        <translation>Pergunta quantas mensagens há na caixa postal (maildrop) e o tamanho total delas</translation>
    </message>
    <message>
        <source>Lists the messages with their sizes (or the size of one message)</source>
        <translation>Lista as mensagens com seus tamanhos (ou o tamanho de uma mensagem)</translation>
    </message>
    <message>
        <source>Lists the messages with their unique ids, which stay the same across sessions</source>
        <translation>Lista as mensagens com seus identificadores únicos, que continuam os mesmos de uma sessão para outra</translation>
    </message>
    <message>
        <source>Downloads a whole message (multi-line, ended by a lone dot)</source>
        <translation>Baixa uma mensagem inteira (resposta de várias linhas, terminada por um ponto sozinho na linha)</translation>
    </message>
    <message>
        <source>Downloads the header of a message and its first n body lines</source>
        <translation>Baixa o cabeçalho de uma mensagem e as n primeiras linhas do corpo</translation>
    </message>
    <message>
        <source>Marks a message as deleted; it is removed only at QUIT (UPDATE state)</source>
        <translation>Marca uma mensagem como apagada; ela só é removida no QUIT (estado UPDATE)</translation>
    </message>
    <message>
        <source>Does nothing; the server answers +OK</source>
        <translation>Não faz nada; o servidor responde +OK</translation>
    </message>
    <message>
        <source>Unmarks every message marked as deleted in this session</source>
        <translation>Desmarca todas as mensagens marcadas como apagadas nesta sessão</translation>
    </message>
    <message>
        <source>Ends the session; in the TRANSACTION state the server first removes the messages marked as deleted (UPDATE state)</source>
        <translation>Encerra a sessão; no estado TRANSACTION o servidor antes remove as mensagens marcadas como apagadas (estado UPDATE)</translation>
    </message>
</context>
<context>
    <name>ConnectionAnalyzer</name>
    <message>
        <source>The server offers clear-text authentication (%1) before TLS. A password sent now would cross the network readable by anyone on the path; Carteiro waits for TLS.</source>
        <translation>O servidor oferece autenticação em texto claro (%1) antes do TLS. Uma senha enviada agora atravessaria a rede legível por qualquer um no caminho; o Carteiro espera o TLS.</translation>
    </message>
    <message>
        <source>Credentials were sent without TLS (%1): only acceptable on a lab account.</source>
        <translation>Credenciais foram enviadas sem TLS (%1): aceitável apenas numa conta de laboratório.</translation>
    </message>
    <message>
        <source>The server does not offer %1: this connection cannot be encrypted, and everything on it travels in clear text. Prefer the implicit TLS port.</source>
        <translation>O servidor não oferece %1: esta conexão não pode ser cifrada, e tudo nela trafega em texto claro. Prefira a porta de TLS implícito.</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server&apos;s SIZE limit (%2 bytes): the server will refuse it (552).</source>
        <translation>A mensagem (%1 bytes) é maior que o limite SIZE do servidor (%2 bytes): o servidor vai recusá-la (552).</translation>
    </message>
    <message>
        <source>LOGIN was sent although the server advertised LOGINDISABLED: it must refuse it, and the password crossed the network in clear text.</source>
        <translation>O LOGIN foi enviado embora o servidor anunciasse LOGINDISABLED: ele deve recusá-lo, e a senha atravessou a rede em texto claro.</translation>
    </message>
    <message>
        <source>The server advertises LOGINDISABLED%1: it refuses the LOGIN command (a clear-text password) until TLS is active. Good practice.</source>
        <translation>O servidor anuncia LOGINDISABLED%1: ele recusa o comando LOGIN (uma senha em texto claro) até o TLS estar ativo. Boa prática.</translation>
    </message>
    <message>
        <source> before TLS</source>
        <translation> antes do TLS</translation>
    </message>
    <message>
        <source>The server offered %1 but refused the command that used it (%2).</source>
        <translation>O servidor ofereceu %1, mas recusou o comando que o usou (%2).</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>not connected: connect first</source>
        <translation>sem conexão: conecte primeiro</translation>
    </message>
    <message>
        <source>the TLS handshake is still running: wait for it</source>
        <translation>o handshake TLS ainda está em andamento: aguarde</translation>
    </message>
    <message>
        <source>the password would travel in clear text: type STARTTLS (POP3: STLS) first, or connect with TLS</source>
        <translation>a senha viajaria em texto aberto: digite STARTTLS (POP3: STLS) antes, ou conecte com TLS</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>não enviado: %1</translation>
    </message>
    <message>
        <source>the session is closed; connect again to type more commands</source>
        <translation>a sessão terminou; conecte de novo para digitar mais comandos</translation>
    </message>
    <message>
        <source>the console is waiting for a password: enter it in the password field (it is never shown) or cancel</source>
        <translation>o console está esperando uma senha: digite-a no campo de senha (ela nunca é mostrada) ou cancele</translation>
    </message>
    <message>
        <source>the line contains a control character (byte 0x%1); it was not sent</source>
        <translation>a linha contém um caractere de controle (byte 0x%1); ela não foi enviada</translation>
    </message>
    <message>
        <source>password prompt cancelled: nothing was sent</source>
        <translation>pedido de senha cancelado: nada foi enviado</translation>
    </message>
    <message>
        <source>TLS is up (%1, %2): from here on every byte is encrypted. Certificate subject: %3; issuer: %4; SHA-256: %5</source>
        <translation>TLS estabelecido (%1, %2): daqui em diante cada byte é cifrado. Certificado: titular %3; emissor %4; SHA-256 %5</translation>
    </message>
    <message>
        <source>%1: the console asks for the password, never shows it, and builds the exchange itself</source>
        <translation>%1: o console pede a senha, nunca a mostra e monta a troca sozinho</translation>
    </message>
    <message>
        <source>the server is idling: type DONE to end IDLE (RFC 2177 §3)</source>
        <translation>o servidor está em IDLE: digite DONE para encerrar o IDLE (RFC 2177 §3)</translation>
    </message>
    <message>
        <source>waiting for the server&apos;s &quot;+&quot; before the literal&apos;s bytes can be typed (RFC 3501 §7.5)</source>
        <translation>esperando o &quot;+&quot; do servidor antes de poder digitar os bytes do literal (RFC 3501 §7.5)</translation>
    </message>
    <message>
        <source>the literal has %1 bytes left, and this line with its CRLF has %2: type a shorter line (exactly %1 bytes end the literal without a line end)</source>
        <translation>faltam %1 bytes no literal, e esta linha com seu CRLF tem %2: digite uma linha mais curta (exatamente %1 bytes terminam o literal sem fim de linha)</translation>
    </message>
    <message>
        <source>the literal is complete: type the rest of the command line (often nothing: just Enter)</source>
        <translation>o literal está completo: digite o resto da linha de comando (muitas vezes nada: só Enter)</translation>
    </message>
    <message>
        <source>non-synchronising literal: type its %1 bytes now, without waiting for the server (RFC 7888)</source>
        <translation>literal não sincronizante: digite agora seus %1 bytes, sem esperar o servidor (RFC 7888)</translation>
    </message>
    <message>
        <source>literal of %1 bytes announced: the server must answer &quot;+&quot; before its bytes are sent (RFC 3501 §7.5)</source>
        <translation>literal de %1 bytes anunciado: o servidor precisa responder &quot;+&quot; antes que seus bytes sejam enviados (RFC 3501 §7.5)</translation>
    </message>
    <message>
        <source>empty line: type an IMAP command such as CAPABILITY, LOGIN, LIST &quot;&quot; *, SELECT INBOX or LOGOUT (the tag is added for you)</source>
        <translation>linha vazia: digite um comando IMAP como CAPABILITY, LOGIN, LIST &quot;&quot; *, SELECT INBOX ou LOGOUT (o console acrescenta o tag)</translation>
    </message>
    <message>
        <source>DONE only ends an IDLE that the server accepted with &quot;+&quot; (RFC 2177 §3)</source>
        <translation>DONE só encerra um IDLE que o servidor aceitou com &quot;+&quot; (RFC 2177 §3)</translation>
    </message>
    <message>
        <source>Password for %1 (LOGIN)</source>
        <translation>Senha de %1 (LOGIN)</translation>
    </message>
    <message>
        <source>AUTHENTICATE %1 needs a user name: type AUTHENTICATE %1 NAME, or give the console a user</source>
        <translation>AUTHENTICATE %1 precisa de um nome de usuário: digite AUTHENTICATE %1 NOME, ou informe um usuário ao console</translation>
    </message>
    <message>
        <source>Password for %1 (AUTHENTICATE %2)</source>
        <translation>Senha de %1 (AUTHENTICATE %2)</translation>
    </message>
    <message>
        <source>the password typed on the line is masked; next time type LOGIN NAME alone and the console asks for it</source>
        <translation>a senha digitada na linha foi mascarada; da próxima vez digite só LOGIN NOME e o console a pede</translation>
    </message>
    <message>
        <source>the console adds a tag to each command (%1 here): the server ends its answer with a line that starts with the same tag (RFC 3501 §2.2.1)</source>
        <translation>o console acrescenta um tag a cada comando (%1 aqui): o servidor termina a resposta com uma linha que começa com o mesmo tag (RFC 3501 §2.2.1)</translation>
    </message>
    <message>
        <source>classroom mode: no initial response (SASL-IR); the answer goes after the server&apos;s &quot;+&quot; (RFC 3501 §6.2.2)</source>
        <translation>modo sala de aula: sem resposta inicial (SASL-IR); a resposta vai depois do &quot;+&quot; do servidor (RFC 3501 §6.2.2)</translation>
    </message>
    <message>
        <source>&quot;+&quot;: the server waits for the literal: type its %1 bytes (each line counts with its CRLF)</source>
        <translation>&quot;+&quot;: o servidor espera o literal: digite seus %1 bytes (cada linha conta com seu CRLF)</translation>
    </message>
    <message>
        <source>the server is idling and reports changes as they happen; type DONE to end IDLE (RFC 2177 §3)</source>
        <translation>o servidor está em IDLE e avisa as mudanças assim que acontecem; digite DONE para encerrar o IDLE (RFC 2177 §3)</translation>
    </message>
    <message>
        <source>a &quot;+&quot; continuation that no command of this console asked for</source>
        <translation>uma continuação &quot;+&quot; que nenhum comando deste console pediu</translation>
    </message>
    <message>
        <source>a tagged reply for %1, which no command of this console carries</source>
        <translation>uma resposta com o tag %1, que nenhum comando deste console usa</translation>
    </message>
    <message>
        <source>OK to STARTTLS: the TLS handshake starts now on this connection (RFC 3501 §6.2.1)</source>
        <translation>OK ao STARTTLS: o handshake TLS começa agora nesta conexão (RFC 3501 §6.2.1)</translation>
    </message>
    <message>
        <source>capabilities must be asked again: what the server offered before TLS no longer counts; type CAPABILITY (RFC 3501 §6.2.1)</source>
        <translation>as capacidades precisam ser pedidas de novo: o que o servidor ofereceu antes do TLS não vale mais; digite CAPABILITY (RFC 3501 §6.2.1)</translation>
    </message>
    <message>
        <source>empty line: type a POP3 command such as USER, PASS, STAT, LIST, RETR 1 or QUIT</source>
        <translation>linha vazia: digite um comando POP3 como USER, PASS, STAT, LIST, RETR 1 ou QUIT</translation>
    </message>
    <message>
        <source>Password for %1 (PASS)</source>
        <translation>Senha de %1 (PASS)</translation>
    </message>
    <message>
        <source>AUTH %1 needs a user name: type AUTH %1 NAME, or give the console a user</source>
        <translation>AUTH %1 precisa de um nome de usuário: digite AUTH %1 NOME, ou informe um usuário ao console</translation>
    </message>
    <message>
        <source>Password for %1 (AUTH %2)</source>
        <translation>Senha de %1 (AUTH %2)</translation>
    </message>
    <message>
        <source>the password typed on the line is masked; next time type PASS alone and the console asks for it</source>
        <translation>a senha digitada na linha foi mascarada; da próxima vez digite só PASS e o console a pede</translation>
    </message>
    <message>
        <source>classroom mode: no initial response; the answer goes after the server&apos;s &quot;+&quot; (RFC 5034 §4)</source>
        <translation>modo sala de aula: sem resposta inicial; a resposta vai depois do &quot;+&quot; do servidor (RFC 5034 §4)</translation>
    </message>
    <message>
        <source>the server doubled this line&apos;s leading dot (RFC 1939 §3); the line itself is &quot;%1&quot;</source>
        <translation>o servidor dobrou o ponto do início desta linha (RFC 1939 §3); a linha em si é &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a reply that no command of this console asked for</source>
        <translation>uma resposta que nenhum comando deste console pediu</translation>
    </message>
    <message>
        <source>+OK to STLS: the TLS handshake starts now on this connection (RFC 2595 §4)</source>
        <translation>+OK ao STLS: o handshake TLS começa agora nesta conexão (RFC 2595 §4)</translation>
    </message>
    <message>
        <source>capabilities must be asked again: what the server offered before TLS no longer counts; type CAPA (RFC 2595 §4)</source>
        <translation>as capacidades precisam ser pedidas de novo: o que o servidor ofereceu antes do TLS não vale mais; digite CAPA (RFC 2595 §4)</translation>
    </message>
    <message>
        <source>dot-stuffed: the line begins with &quot;.&quot;, so it went out as &quot;%1&quot;; the server removes the extra dot (RFC 5321 §4.5.2)</source>
        <translation>ponto dobrado (dot-stuffing): a linha começa com &quot;.&quot;, então saiu como &quot;%1&quot;; o servidor remove o ponto extra (RFC 5321 §4.5.2)</translation>
    </message>
    <message>
        <source>the BDAT chunk has %1 bytes left, and this line with its CRLF has %2: type a shorter line (exactly %1 bytes end the chunk without a line end)</source>
        <translation>faltam %1 bytes no bloco BDAT, e esta linha com seu CRLF tem %2: digite uma linha mais curta (exatamente %1 bytes terminam o bloco sem fim de linha)</translation>
    </message>
    <message>
        <source>not dot-stuffed: BDAT counts bytes, so a leading &quot;.&quot; goes out unchanged (RFC 3030 §2)</source>
        <translation>sem ponto dobrado: BDAT conta bytes, então um &quot;.&quot; no início sai como está (RFC 3030 §2)</translation>
    </message>
    <message>
        <source>the BDAT chunk is complete: now the server answers</source>
        <translation>o bloco BDAT está completo: agora o servidor responde</translation>
    </message>
    <message>
        <source>RFC 5321 §4.1.2 writes this as %1: the address in angle brackets, right after the colon, no space. Lenient servers (Postfix with strict_rfc821_envelopes = no, its default) accept the form typed; a strict one answers 501 (syntax error in parameters)</source>
        <translation>a RFC 5321 §4.1.2 escreve isto como %1: o endereço entre sinais de menor e maior, logo após os dois-pontos, sem espaço. Servidores tolerantes (o Postfix com strict_rfc821_envelopes = no, o padrão) aceitam a forma digitada; um servidor estrito responde 501 (erro de sintaxe nos parâmetros)</translation>
    </message>
    <message>
        <source>empty line: type an SMTP command such as EHLO, MAIL FROM:&lt;...&gt;, RCPT TO:&lt;...&gt;, DATA or QUIT</source>
        <translation>linha vazia: digite um comando SMTP como EHLO, MAIL FROM:&lt;...&gt;, RCPT TO:&lt;...&gt;, DATA ou QUIT</translation>
    </message>
    <message>
        <source>type AUTH %1 [USER]: the console asks for the password and builds the response itself</source>
        <translation>digite AUTH %1 [USUÁRIO]: o console pede a senha e monta a resposta sozinho</translation>
    </message>
    <message>
        <source>BDAT takes a byte count and optionally LAST: BDAT 42 LAST (RFC 3030 §2)</source>
        <translation>BDAT recebe uma contagem de bytes e, opcionalmente, LAST: BDAT 42 LAST (RFC 3030 §2)</translation>
    </message>
    <message>
        <source>BDAT: type the %1 bytes of the chunk; each line counts with its CRLF and goes out as it is</source>
        <translation>BDAT: digite os %1 bytes do bloco; cada linha conta com seu CRLF e sai como está</translation>
    </message>
    <message>
        <source>classroom mode: no initial response; the answer goes after the server&apos;s 334 (RFC 4954 §4)</source>
        <translation>modo sala de aula: sem resposta inicial; a resposta vai depois do 334 do servidor (RFC 4954 §4)</translation>
    </message>
    <message>
        <source>not a valid SMTP reply line: %1</source>
        <translation>não é uma linha de resposta SMTP válida: %1</translation>
    </message>
    <message>
        <source>354: type the message now: header lines, an empty line, the body. A line with a lone &quot;.&quot; ends it; a line that begins with &quot;.&quot; goes out with the dot doubled (RFC 5321 §4.5.2)</source>
        <translation>354: digite a mensagem agora: linhas de cabeçalho, uma linha vazia, o corpo. Uma linha só com &quot;.&quot; a termina; uma linha que começa com &quot;.&quot; sai com o ponto dobrado (RFC 5321 §4.5.2)</translation>
    </message>
    <message>
        <source>220 to STARTTLS: the TLS handshake starts now on this connection (RFC 3207 §4)</source>
        <translation>220 ao STARTTLS: o handshake TLS começa agora nesta conexão (RFC 3207 §4)</translation>
    </message>
    <message>
        <source>the server forgot everything said before TLS: send EHLO again to read its capabilities, which may differ now (AUTH often appears only inside TLS) (RFC 3207 §4.2)</source>
        <translation>o servidor esqueceu tudo o que foi dito antes do TLS: envie EHLO de novo para ler suas capacidades, que podem ser outras agora (AUTH muitas vezes só aparece dentro do TLS) (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>that looks like a ready-made %1 response, which carries the password in base64: type only the mechanism and the user name, and the console builds the response without showing the password</source>
        <translation>isso parece uma resposta %1 pronta, que leva a senha em base64: digite só o mecanismo e o nome de usuário, e o console monta a resposta sem mostrar a senha</translation>
    </message>
</context>
<context>
    <name>ConsoleMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>Ferra&amp;mentas</translation>
    </message>
    <message>
        <source>&amp;Protocol console</source>
        <translation>&amp;Console de protocolo</translation>
    </message>
    <message>
        <source>Type SMTP, IMAP or POP3 commands by hand, every line in the inspector</source>
        <translation>Digite comandos SMTP, IMAP ou POP3 à mão, cada linha no inspetor</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>A contact needs a name or an address.</source>
        <translation>Um contato precisa de um nome ou de um endereço.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a line break or a NUL character.</source>
        <translation>O nome &quot;%1&quot; contém uma quebra de linha ou um caractere NUL.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Um grupo precisa de um nome.</translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; contains a line break or a NUL character.</source>
        <translation>O nome do grupo &quot;%1&quot; contém uma quebra de linha ou um caractere NUL.</translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; may not contain @, comma or semicolon: it would be read as an address.</source>
        <translation>O nome do grupo &quot;%1&quot; não pode conter @, vírgula nem ponto e vírgula: seria lido como um endereço.</translation>
    </message>
</context>
<context>
    <name>ContactsMenu</name>
    <message>
        <source>Select a message whose sender has an address.</source>
        <translation>Selecione uma mensagem cujo remetente tenha um endereço.</translation>
    </message>
    <message>
        <source>%1 is already in the address book.</source>
        <translation>%1 já está no catálogo de endereços.</translation>
    </message>
    <message>
        <source>Cannot add the sender: %1</source>
        <translation>Não foi possível adicionar o remetente: %1</translation>
    </message>
    <message>
        <source>Added %1 to the address book.</source>
        <translation>%1 foi adicionado ao catálogo de endereços.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Address book...</source>
        <translation>&amp;Catálogo de endereços...</translation>
    </message>
    <message>
        <source>Contacts and groups; import and export vCard</source>
        <translation>Contatos e grupos; importar e exportar vCard</translation>
    </message>
    <message>
        <source>Add sender to address &amp;book</source>
        <translation>Adicionar remetente ao &amp;catálogo de endereços</translation>
    </message>
</context>
<context>
    <name>DisplaySanitizer</name>
    <message>
        <source>It contains control characters (such as a hidden line break or NUL); they are shown as symbols.</source>
        <translation>Contém caracteres de controle (como uma quebra de linha oculta ou NUL); eles são mostrados como símbolos.</translation>
    </message>
    <message>
        <source>It contains invisible text-direction characters that can disguise what you read; they were removed.</source>
        <translation>Contém caracteres invisíveis de direção do texto, que podem disfarçar o que você lê; eles foram removidos.</translation>
    </message>
    <message>
        <source>It contains an international domain name, shown in its punycode form: letters from other scripts can imitate a familiar address.</source>
        <translation>Contém um nome de domínio internacional, mostrado na forma punycode: letras de outros alfabetos podem imitar um endereço conhecido.</translation>
    </message>
    <message>
        <source>It is very long and was shortened.</source>
        <translation>É muito longo e foi encurtado.</translation>
    </message>
</context>
<context>
    <name>DraftCodec</name>
    <message>
        <source>the saved draft&apos;s %1 field is not a list</source>
        <translation>o campo %1 do rascunho salvo não é uma lista</translation>
    </message>
    <message>
        <source>the saved draft&apos;s %1 address &quot;%2&quot; is not valid: %3</source>
        <translation>o endereço %1 &quot;%2&quot; do rascunho salvo não é válido: %3</translation>
    </message>
    <message>
        <source>the saved draft is not readable (%1 at byte %2)</source>
        <translation>o rascunho salvo não pode ser lido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>the saved draft has version %1; this Carteiro reads 1 to %2</source>
        <translation>o rascunho salvo tem a versão %1; este Carteiro lê de 1 a %2</translation>
    </message>
    <message>
        <source>the saved draft&apos;s sender is not valid: %1</source>
        <translation>o remetente do rascunho salvo não é válido: %1</translation>
    </message>
    <message>
        <source>the saved draft&apos;s attachment &quot;%1&quot; is damaged</source>
        <translation>o anexo &quot;%1&quot; do rascunho salvo está danificado</translation>
    </message>
    <message>
        <source>the saved draft&apos;s attachment &quot;%1&quot; has no file</source>
        <translation>o anexo &quot;%1&quot; do rascunho salvo não tem arquivo</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <source>The list of messages is empty.</source>
        <translation>A lista de mensagens está vazia.</translation>
    </message>
    <message>
        <source>Item %1 of the list of messages (“%2”) is not a message id.</source>
        <translation>O item %1 da lista de mensagens (“%2”) não é um identificador de mensagem.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Name: &quot;%1&quot; %2</source>
        <translation>Nome: &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Endereço: %1</translation>
    </message>
    <message>
        <source>Reply-To: %1</source>
        <translation>Responder para (Reply-To): %1</translation>
    </message>
    <message>
        <source>Signature: it contains a NUL character.</source>
        <translation>Assinatura: contém um caractere NUL.</translation>
    </message>
</context>
<context>
    <name>Imap</name>
    <message>
        <source>BODYSTRUCTURE nested deeper than %1 levels</source>
        <translation>BODYSTRUCTURE aninhada em mais de %1 níveis</translation>
    </message>
    <message>
        <source>more than %1 addresses in one field</source>
        <translation>mais de %1 endereços em um único campo</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 no byte %2</translation>
    </message>
    <message>
        <source>SEARCH result too long</source>
        <translation>resultado do SEARCH longo demais</translation>
    </message>
    <message>
        <source>a tagged response that is not OK, NO or BAD: %1</source>
        <translation>resposta com tag que não é OK, NO nem BAD: %1</translation>
    </message>
    <message>
        <source>cannot parse the server&apos;s response (%1): %2</source>
        <translation>não é possível analisar a resposta do servidor (%1): %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>esperava-se &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>esperava-se um número</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>esperava-se uma string</translation>
    </message>
    <message>
        <source>expected an atom</source>
        <translation>esperava-se um atom</translation>
    </message>
    <message>
        <source>hierarchy delimiter is not one character</source>
        <translation>o delimitador de hierarquia não tem exatamente um caractere</translation>
    </message>
    <message>
        <source>line break inside a quoted string</source>
        <translation>quebra de linha dentro de uma string entre aspas</translation>
    </message>
    <message>
        <source>list longer than %1 items</source>
        <translation>lista com mais de %1 itens</translation>
    </message>
    <message>
        <source>literal longer than the response</source>
        <translation>literal maior que a resposta</translation>
    </message>
    <message>
        <source>malformed VANISHED set</source>
        <translation>conjunto VANISHED malformado</translation>
    </message>
    <message>
        <source>malformed literal</source>
        <translation>literal malformado</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>aninhamento com mais de %1 níveis</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>número fora do intervalo</translation>
    </message>
    <message>
        <source>the server announced a literal of %1 bytes; the limit here is %2 bytes</source>
        <translation>o servidor anunciou um literal de %1 bytes; o limite aqui é de %2 bytes</translation>
    </message>
    <message>
        <source>the server announced a malformed literal %1</source>
        <translation>o servidor anunciou um literal malformado %1</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>o servidor enviou uma linha com mais de %1 bytes</translation>
    </message>
    <message>
        <source>the server sent a response longer than %1 bytes</source>
        <translation>o servidor enviou uma resposta com mais de %1 bytes</translation>
    </message>
    <message>
        <source>untagged response without a space: %1</source>
        <translation>resposta sem tag (untagged) sem espaço: %1</translation>
    </message>
    <message>
        <source>unterminated FETCH</source>
        <translation>FETCH não terminado</translation>
    </message>
    <message>
        <source>unterminated STATUS</source>
        <translation>STATUS não terminado</translation>
    </message>
    <message>
        <source>unterminated list</source>
        <translation>lista não terminada</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>string entre aspas não terminada</translation>
    </message>
    <message>
        <source>unterminated section</source>
        <translation>seção não terminada</translation>
    </message>
    <message>
        <source>expected a fetch item</source>
        <translation>esperava-se um item de FETCH</translation>
    </message>
    <message>
        <source>a NUL byte cannot be sent to an IMAP server</source>
        <translation>um byte NUL não pode ser enviado a um servidor IMAP</translation>
    </message>
    <message>
        <source>a folder name cannot contain control characters (line breaks, NUL)</source>
        <translation>um nome de pasta não pode conter caracteres de controle (quebras de linha, NUL)</translation>
    </message>
    <message>
        <source>%1: the server reported success before completing the exchange</source>
        <translation>%1: o servidor informou sucesso antes de concluir a troca</translation>
    </message>
    <message>
        <source>CAPABILITY failed: %1</source>
        <translation>CAPABILITY falhou: %1</translation>
    </message>
    <message>
        <source>authentication failed: %1 %2</source>
        <translation>falha na autenticação: %1 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no usable authentication mechanism (server offers %1): %2</source>
        <translation>nenhum mecanismo de autenticação utilizável (o servidor oferece %1): %2</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation>erro de protocolo: %1</translation>
    </message>
    <message>
        <source>refusing to send credentials over an unencrypted connection</source>
        <translation>recusando-se a enviar credenciais por uma conexão sem criptografia</translation>
    </message>
    <message>
        <source>the server answered a command we never sent: %1</source>
        <translation>o servidor respondeu a um comando que nunca enviamos: %1</translation>
    </message>
    <message>
        <source>the server asked for more during LOGIN</source>
        <translation>o servidor enviou um pedido de continuação (+) durante o LOGIN</translation>
    </message>
    <message>
        <source>the server closed the connection: %1</source>
        <translation>o servidor fechou a conexão: %1</translation>
    </message>
    <message>
        <source>the server does not allow LOGIN (LOGINDISABLED)</source>
        <translation>o servidor não permite LOGIN (LOGINDISABLED)</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS, which this account requires; no credentials were sent</source>
        <translation>o servidor não oferece STARTTLS, exigido por esta conta; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>the server greeted with PREAUTH on a connection that requires STARTTLS; nothing was sent</source>
        <translation>o servidor saudou com PREAUTH numa conexão que exige STARTTLS; nada foi enviado</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1; no credentials were sent</source>
        <translation>o servidor recusou o STARTTLS: %1; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation>o servidor recusou a conexão: %1</translation>
    </message>
    <message>
        <source>the server sent data during the TLS handshake: &quot;%1&quot;</source>
        <translation>o servidor enviou dados durante o handshake TLS: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>saudação inesperada: %1</translation>
    </message>
</context>
<context>
    <name>ImapOperation</name>
    <message>
        <source>APPEND: no folder named</source>
        <translation>APPEND: nenhuma pasta indicada</translation>
    </message>
    <message>
        <source>APPEND to %1: %2</source>
        <translation>APPEND em %1: %2</translation>
    </message>
    <message>
        <source>UID STORE +FLAGS \Deleted in %1: %2</source>
        <translation>UID STORE +FLAGS \Deleted em %1: %2</translation>
    </message>
    <message>
        <source>UID EXPUNGE in %1: %2</source>
        <translation>UID EXPUNGE em %1: %2</translation>
    </message>
    <message>
        <source>DELETE: %1</source>
        <translation>DELETE: %1</translation>
    </message>
    <message>
        <source>FETCH: message %1 is not an IMAP message in the store</source>
        <translation>FETCH: a mensagem %1 não é uma mensagem IMAP do armazenamento local</translation>
    </message>
    <message>
        <source>FETCH UID %1 in %2: %3</source>
        <translation>FETCH UID %1 em %2: %3</translation>
    </message>
    <message>
        <source>FETCH UID %1 in %2: the server sent no message (expunged?)</source>
        <translation>FETCH UID %1 em %2: o servidor não enviou nenhuma mensagem (removida com EXPUNGE?)</translation>
    </message>
    <message>
        <source>FETCH UID %1: could not store the message: %2</source>
        <translation>FETCH UID %1: não foi possível armazenar a mensagem: %2</translation>
    </message>
    <message>
        <source>IDLE on %1: the server does not offer IDLE (RFC 2177)</source>
        <translation>IDLE em %1: o servidor não oferece IDLE (RFC 2177)</translation>
    </message>
    <message>
        <source>LIST: %1</source>
        <translation>LIST: %1</translation>
    </message>
    <message>
        <source>LIST: could not store folder %1: %2</source>
        <translation>LIST: não foi possível armazenar a pasta %1: %2</translation>
    </message>
    <message>
        <source>LIST: could not drop folders gone from the server: %1</source>
        <translation>LIST: não foi possível descartar as pastas que sumiram do servidor: %1</translation>
    </message>
    <message>
        <source>MOVE: %1</source>
        <translation>MOVE: %1</translation>
    </message>
    <message>
        <source>SELECT %1: %2</source>
        <translation>SELECT %1: %2</translation>
    </message>
    <message>
        <source>UID SEARCH in %1: %2</source>
        <translation>UID SEARCH em %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n message(s) are no longer on the server (UID %3); the action made offline was not applied to them.</source>
        <translation>
            <numerusform>%1 em %2: %n mensagem não está mais no servidor (UID %3); a ação feita off-line não foi aplicada a ela.</numerusform>
            <numerusform>%1 em %2: %n mensagens não estão mais no servidor (UID %3); a ação feita off-line não foi aplicada a elas.</numerusform>
        </translation>
    </message>
    <message>
        <source>UID STORE +FLAGS: %1</source>
        <translation>UID STORE +FLAGS: %1</translation>
    </message>
    <message>
        <source>UID STORE -FLAGS: %1</source>
        <translation>UID STORE -FLAGS: %1</translation>
    </message>
    <message>
        <source>STORE: %1</source>
        <translation>STORE: %1</translation>
    </message>
    <message>
        <source>SYNC %1: %2</source>
        <translation>SYNC %1: %2</translation>
    </message>
    <message>
        <source>%1: no folder named</source>
        <translation>%1: nenhuma pasta indicada</translation>
    </message>
    <message>
        <source>RENAME: no new name for %1</source>
        <translation>RENAME: nenhum nome novo para %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no target folder named</source>
        <translation>%1: nenhuma pasta de destino indicada</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 para %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <source>LSUB: could not save the subscriptions: %1</source>
        <translation>LSUB: não foi possível gravar as assinaturas: %1</translation>
    </message>
    <message>
        <source>FETCH UID %1 in %2 (kept for offline use): %3</source>
        <translation>FETCH UID %1 em %2 (guardada para ler sem conexão): %3</translation>
    </message>
    <message>
        <source>The server searched the words as typed: unlike the local index, it may not ignore accents (&quot;joao&quot; may miss &quot;João&quot; there).</source>
        <translation>O servidor buscou as palavras como foram digitadas: ao contrário do índice local, ele pode não ignorar acentos (lá, &quot;joao&quot; pode não encontrar &quot;João&quot;).</translation>
    </message>
    <message>
        <source>The server&apos;s search was cancelled.</source>
        <translation>A busca no servidor foi cancelada.</translation>
    </message>
</context>
<context>
    <name>ImapSearch</name>
    <message>
        <source>The server refused CHARSET UTF-8 (%1); searched again without it.</source>
        <translation>O servidor recusou CHARSET UTF-8 (%1); a busca foi refeita sem ele.</translation>
    </message>
    <message>
        <source>UID SEARCH: the server does not take words with accents in UTF-8 (%1); «%2» was searched in the local index only.</source>
        <translation>UID SEARCH: o servidor não aceita palavras acentuadas em UTF-8 (%1); «%2» foi buscado só no índice local.</translation>
    </message>
    <message>
        <source>UID SEARCH: %1</source>
        <translation>UID SEARCH: %1</translation>
    </message>
</context>
<context>
    <name>InspectorSession</name>
    <message>
        <source>Carteiro sessions (*.carteiro-session);;All files (*)</source>
        <translation>Sessões do Carteiro (*.carteiro-session);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>MIME tab</source>
        <translation>aba MIME</translation>
    </message>
    <message>
        <source>Save inspector session...</source>
        <translation>Salvar sessão do inspetor...</translation>
    </message>
    <message>
        <source>Save every connection, line, timing and the MIME tree, to replay without a network</source>
        <translation>Salvar todas as conexões, linhas, tempos e a árvore MIME, para reproduzir sem rede</translation>
    </message>
    <message>
        <source>Save inspector session</source>
        <translation>Salvar sessão do inspetor</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Falha ao salvar</translation>
    </message>
    <message>
        <source>Open inspector session...</source>
        <translation>Abrir sessão do inspetor...</translation>
    </message>
    <message>
        <source>Open a saved session and replay it, with no network</source>
        <translation>Abrir uma sessão salva e reproduzi-la, sem rede</translation>
    </message>
    <message>
        <source>Open inspector session</source>
        <translation>Abrir sessão do inspetor</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Não foi possível abrir a sessão</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>This Received field is not in a form Carteiro knows; it is shown as written.</source>
        <translation>Este campo Received não está numa forma que o Carteiro conheça; é mostrado como está escrito.</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registered transmission type (RFC 3848); the server chose it.</source>
        <translation>&quot;%1&quot; não é um tipo de transmissão registrado (RFC 3848); foi o servidor que o escolheu.</translation>
    </message>
    <message>
        <source>%1 received it from %2.</source>
        <translation>%1 a recebeu de %2.</translation>
    </message>
    <message>
        <source>The client said its name was %1 (HELO/EHLO).</source>
        <translation>O cliente disse que se chamava %1 (HELO/EHLO).</translation>
    </message>
    <message>
        <source>The server found no name for the client&apos;s address (reverse DNS): &quot;unknown&quot;.</source>
        <translation>O servidor não encontrou nome para o endereço do cliente (DNS reverso): &quot;unknown&quot;.</translation>
    </message>
    <message>
        <source>The client said its name was %1 (HELO/EHLO); the server found %2.</source>
        <translation>O cliente disse que se chamava %1 (HELO/EHLO); o servidor encontrou %2.</translation>
    </message>
    <message>
        <source>TLS, as the server wrote it: %1</source>
        <translation>TLS, como o servidor o registrou: %1</translation>
    </message>
    <message>
        <source>The client logged in as %1.</source>
        <translation>O cliente se autenticou como %1.</translation>
    </message>
    <message>
        <source>The server&apos;s id for it: %1 (look for it in that server&apos;s log).</source>
        <translation>O identificador do servidor para ela: %1 (procure-o no log desse servidor).</translation>
    </message>
    <message>
        <source>For the recipient %1.</source>
        <translation>Para o destinatário %1.</translation>
    </message>
    <message>
        <source>Envelope sender (MAIL FROM): %1.</source>
        <translation>Remetente do envelope (MAIL FROM): %1.</translation>
    </message>
    <message>
        <source>Via: %1.</source>
        <translation>Via: %1.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentário: %1</translation>
    </message>
    <message>
        <source>Other clauses: %1</source>
        <translation>Outras cláusulas: %1</translation>
    </message>
    <message>
        <source>Carteiro sent it to %1 at %2: %3</source>
        <translation>O Carteiro a enviou para %1 às %2: %3</translation>
    </message>
    <message>
        <source>Carteiro&apos;s own submission (RFC 6409) to %1, from its record of the session.</source>
        <translation>O próprio envio (submission, RFC 6409) do Carteiro para %1, segundo o registro que ele guardou da sessão.</translation>
    </message>
    <message>
        <source>Not protected by TLS.</source>
        <translation>Sem proteção TLS.</translation>
    </message>
    <message>
        <source>Protected by TLS: %1.</source>
        <translation>Protegido por TLS: %1.</translation>
    </message>
    <message>
        <source>No login (no SMTP AUTH).</source>
        <translation>Sem autenticação (sem SMTP AUTH).</translation>
    </message>
    <message>
        <source>Logged in with AUTH %1 (RFC 4954).</source>
        <translation>Autenticado com AUTH %1 (RFC 4954).</translation>
    </message>
    <message>
        <source>The server answered &quot;%1&quot;: its queue id %2 names the message in its queue and log.</source>
        <translation>O servidor respondeu &quot;%1&quot;: o identificador de fila %2 nomeia a mensagem na fila e no log dele.</translation>
    </message>
    <message>
        <source>The same queue id %1 is in this Received field: it is the server&apos;s record of the same transfer.</source>
        <translation>O mesmo identificador de fila %1 está neste campo Received: é o registro que o servidor fez da mesma transferência.</translation>
    </message>
    <message>
        <source>Carteiro fetched it over %1 from the folder %2 at %3</source>
        <translation>O Carteiro a buscou por %1 na pasta %2 às %3</translation>
    </message>
    <message>
        <source>Carteiro holds it in the folder %1 (%2); when it was fetched was not recorded</source>
        <translation>O Carteiro a guarda na pasta %1 (%2); o momento em que foi buscada não foi registrado</translation>
    </message>
    <message>
        <source>Downloaded over POP3 (RFC 1939): the mailbox server handed it to Carteiro, which keeps it in its local store.</source>
        <translation>Baixada por POP3 (RFC 1939): o servidor de caixas postais a entregou ao Carteiro, que a guarda no seu armazenamento local.</translation>
    </message>
    <message>
        <source>Read over IMAP (RFC 3501): the message stays on the server, Carteiro keeps a copy.</source>
        <translation>Lida por IMAP (RFC 3501): a mensagem continua no servidor, e o Carteiro guarda uma cópia.</translation>
    </message>
    <message>
        <source>From the server %1, account %2.</source>
        <translation>Do servidor %1, conta %2.</translation>
    </message>
    <message>
        <source>Fetched before this version of Carteiro recorded the time.</source>
        <translation>Buscada antes de esta versão do Carteiro registrar o horário.</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>caixa postal</translation>
    </message>
    <message>
        <source>This time is %1 earlier than the step before: the servers&apos; clocks disagree, or a field was forged.</source>
        <translation>Este horário é %1 anterior ao do passo anterior: os relógios dos servidores discordam, ou um campo foi forjado.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>MUA</source>
        <translation>MUA</translation>
    </message>
    <message>
        <source>MTA</source>
        <translation>MTA</translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>um servidor sem nome</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM) as the delivering server received it, written at final delivery (RFC 5321 §4.4): bounces go there. It may differ from From:. Added by the delivering server; not verified by Carteiro.</source>
        <translation>O remetente do envelope (MAIL FROM) como o servidor de entrega o recebeu, escrito na entrega final (RFC 5321 §4.4): é para lá que vão as devoluções. Pode ser diferente do From:. Acrescentado pelo servidor de entrega; não verificado pelo Carteiro.</translation>
    </message>
    <message>
        <source>The checks (SPF, DKIM, DMARC) that %1 says it made when the message arrived (RFC 8601). A claim added by %1, not verified by Carteiro: believe it only when %1 is your own provider&apos;s server, which removes such fields from outside.</source>
        <translation>As verificações (SPF, DKIM, DMARC) que %1 diz ter feito quando a mensagem chegou (RFC 8601). Uma afirmação acrescentada por %1, não verificada pelo Carteiro: acredite nela só quando %1 for o servidor do seu próprio provedor, que remove campos assim vindos de fora.</translation>
    </message>
    <message>
        <source>A signature by the domain %1 (selector %2) over some header fields and the body (RFC 6376). Carteiro does not check it: only a server that fetched the key from DNS can say whether it holds (see Authentication-Results).</source>
        <translation>Uma assinatura do domínio %1 (seletor %2) sobre alguns campos do cabeçalho e o corpo (RFC 6376). O Carteiro não a confere: só um servidor que buscou a chave no DNS pode dizer se ela vale (veja Authentication-Results).</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>no empty line ends the header: the whole file was read as header</source>
        <translation>nenhuma linha vazia termina o cabeçalho: o arquivo inteiro foi lido como cabeçalho</translation>
    </message>
    <message>
        <source>%1 Received fields: only the newest %2 are read</source>
        <translation>%1 campos Received: só os %2 mais recentes são lidos</translation>
    </message>
    <message>
        <source>comments are nested more than %1 deep; the rest is shown as written</source>
        <translation>há comentários aninhados em mais de %1 níveis; o resto é mostrado como está escrito</translation>
    </message>
    <message>
        <source>a comment is never closed; the rest is shown as written</source>
        <translation>um comentário nunca é fechado; o resto é mostrado como está escrito</translation>
    </message>
    <message>
        <source>not in the form of RFC 5321 §4.4 (no &quot;from&quot; or &quot;by&quot;); shown as written</source>
        <translation>não está na forma da RFC 5321 §4.4 (sem &quot;from&quot; nem &quot;by&quot;); mostrado como está escrito</translation>
    </message>
    <message>
        <source>no &quot;;&quot; before a date: when it was received is unknown</source>
        <translation>não há &quot;;&quot; antes de uma data: não se sabe quando foi recebida</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; cannot be read</source>
        <translation>a data &quot;%1&quot; não pode ser lida</translation>
    </message>
    <message>
        <source>longer than %1 bytes: cut there</source>
        <translation>mais longo que %1 bytes: cortado ali</translation>
    </message>
    <message>
        <source>SMTP between Microsoft Exchange servers; the comment says whether TLS was used.</source>
        <translation>SMTP entre servidores Microsoft Exchange; o comentário diz se houve TLS.</translation>
    </message>
    <message>
        <source>Handed over inside the server itself (a local program), not over the network.</source>
        <translation>Entregue dentro do próprio servidor (um programa local), não pela rede.</translation>
    </message>
    <message>
        <source>Written in a web mail page and handed over over HTTP, not by a mail client over SMTP.</source>
        <translation>Escrita numa página de webmail e entregue por HTTP, não por um cliente de e-mail via SMTP.</translation>
    </message>
    <message>
        <source>LMTP (RFC 2033): the mail server handed the message to the mailbox server, which files it in the recipient&apos;s mailbox.</source>
        <translation>LMTP (RFC 2033): o servidor de correio passou a mensagem ao servidor de caixas postais, que a guarda na caixa do destinatário.</translation>
    </message>
    <message>
        <source>Plain SMTP (RFC 5321): the client greeted with HELO, without service extensions.</source>
        <translation>SMTP simples (RFC 5321): o cliente se apresentou com HELO, sem extensões de serviço.</translation>
    </message>
    <message>
        <source>SMTP with service extensions (the client greeted with EHLO, RFC 5321).</source>
        <translation>SMTP com extensões de serviço (o cliente se apresentou com EHLO, RFC 5321).</translation>
    </message>
    <message>
        <source>Addresses and headers may be in UTF-8 (SMTPUTF8, RFC 6531).</source>
        <translation>Endereços e cabeçalhos podem estar em UTF-8 (SMTPUTF8, RFC 6531).</translation>
    </message>
    <message>
        <source>Protected by TLS (STARTTLS, RFC 3207, or a TLS port).</source>
        <translation>Protegido por TLS (STARTTLS, RFC 3207, ou uma porta TLS).</translation>
    </message>
    <message>
        <source>Not protected by TLS on this hop.</source>
        <translation>Sem proteção TLS neste salto.</translation>
    </message>
    <message>
        <source>The client logged in (SMTP AUTH, RFC 4954).</source>
        <translation>O cliente se autenticou (SMTP AUTH, RFC 4954).</translation>
    </message>
</context>
<context>
    <name>LadderLayout</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>idle %1 s (cut)</source>
        <translation>ociosa %1 s (cortado)</translation>
    </message>
    <message>
        <source>body: %1 bytes</source>
        <translation>corpo: %1 bytes</translation>
    </message>
    <message>
        <source>%1: %2 bytes</source>
        <translation>%1: %2 bytes</translation>
    </message>
    <message>
        <source>discarded before TLS: %1</source>
        <translation>descartado antes do TLS: %1</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Negociação TLS</translation>
    </message>
    <message>
        <source>TLS handshake: %1</source>
        <translation>Negociação TLS: %1</translation>
    </message>
    <message>
        <source>TLS handshake: %1, %2</source>
        <translation>Negociação TLS: %1, %2</translation>
    </message>
    <message>
        <source>Bars: a command waiting for its reply; side by side: in flight together (pipelining)</source>
        <translation>Barras: um comando à espera da resposta; lado a lado: em trânsito juntos (pipelining)</translation>
    </message>
    <message>
        <source>Bars: a command waiting for its reply</source>
        <translation>Barras: um comando à espera da resposta</translation>
    </message>
</context>
<context>
    <name>LineExplainer</name>
    <message>
        <source>A line sent by the client</source>
        <translation>Uma linha enviada pelo cliente</translation>
    </message>
    <message>
        <source>A line sent by the server</source>
        <translation>Uma linha enviada pelo servidor</translation>
    </message>
    <message>
        <source>The message itself, summarised as a byte count: its structure is in the MIME tab</source>
        <translation>A mensagem em si, resumida numa contagem de bytes: a estrutura dela está na aba MIME</translation>
    </message>
    <message>
        <source>From here on everything is encrypted; the capabilities are asked again</source>
        <translation>Daqui em diante tudo é criptografado; as capacidades são pedidas de novo</translation>
    </message>
    <message>
        <source>After the handshake the client forgets what the server said before and asks again (EHLO, CAPABILITY, CAPA).</source>
        <translation>Depois do handshake o cliente esquece o que o servidor disse antes e pergunta de novo (EHLO, CAPABILITY, CAPA).</translation>
    </message>
    <message>
        <source>Bytes sent before TLS began were discarded: a response-injection attempt</source>
        <translation>Bytes enviados antes do início do TLS foram descartados: uma tentativa de injeção de respostas</translation>
    </message>
    <message>
        <source>A server (or an attacker in between) sent more after its STARTTLS reply; nothing received before the handshake may be read after it.</source>
        <translation>Um servidor (ou um atacante no meio do caminho) enviou mais dados depois da resposta ao STARTTLS; nada recebido antes do handshake pode ser lido depois dele.</translation>
    </message>
    <message>
        <source>Syntax: %1</source>
        <translation>Sintaxe: %1</translation>
    </message>
    <message>
        <source> a response code this catalog does not know</source>
        <translation> um código de resposta que este catálogo não conhece</translation>
    </message>
    <message>
        <source>The server is ready; the session starts in the not-authenticated state</source>
        <translation>O servidor está pronto; a sessão começa no estado não autenticado</translation>
    </message>
    <message>
        <source>The server is ready and the client is already authenticated (by the connection itself)</source>
        <translation>O servidor está pronto e o cliente já está autenticado (pela própria conexão)</translation>
    </message>
    <message>
        <source>The server refuses the connection and closes it</source>
        <translation>O servidor recusa a conexão e a fecha</translation>
    </message>
    <message>
        <source>Information from the server (untagged OK)</source>
        <translation>Informação do servidor (OK sem tag)</translation>
    </message>
    <message>
        <source>A warning from the server (untagged NO)</source>
        <translation>Um aviso do servidor (NO sem tag)</translation>
    </message>
    <message>
        <source>The server reports a protocol error it cannot tie to a command</source>
        <translation>O servidor relata um erro de protocolo que não consegue associar a um comando</translation>
    </message>
    <message>
        <source>The server is closing the connection (shutting down, or idle for too long)</source>
        <translation>O servidor está fechando a conexão (desligando, ou ociosa há tempo demais)</translation>
    </message>
    <message>
        <source>The server says goodbye: LOGOUT is being carried out</source>
        <translation>O servidor se despede: o LOGOUT está sendo executado</translation>
    </message>
    <message>
        <source>The server&apos;s capabilities: the IMAP version and each extension it supports</source>
        <translation>As capacidades do servidor: a versão do IMAP e cada extensão que ele suporta</translation>
    </message>
    <message>
        <source>The extensions ENABLE has turned on</source>
        <translation>As extensões que o ENABLE ligou</translation>
    </message>
    <message>
        <source>A mailbox (folder): its attributes, the hierarchy separator and its name</source>
        <translation>Uma caixa postal (pasta): seus atributos, o separador de hierarquia e o nome</translation>
    </message>
    <message>
        <source>A subscribed mailbox: its attributes, the hierarchy separator and its name (IMAP4rev1)</source>
        <translation>Uma caixa postal assinada: seus atributos, o separador de hierarquia e o nome (IMAP4rev1)</translation>
    </message>
    <message>
        <source>The namespaces: personal, other users&apos; and shared mailboxes, each with its prefix and separator (NIL: none)</source>
        <translation>Os namespaces: caixas postais pessoais, de outros usuários e compartilhadas, cada um com seu prefixo e separador (NIL: nenhum)</translation>
    </message>
    <message>
        <source>Counters of a mailbox, in answer to STATUS</source>
        <translation>Contadores de uma caixa postal, em resposta ao STATUS</translation>
    </message>
    <message>
        <source>The result of a search, in the extended (ESEARCH) form</source>
        <translation>O resultado de uma busca, na forma estendida (ESEARCH)</translation>
    </message>
    <message>
        <source>The numbers (or UIDs, after UID SEARCH) of the messages that match the search</source>
        <translation>Os números (ou UIDs, depois de UID SEARCH) das mensagens que atendem à busca</translation>
    </message>
    <message>
        <source>The flags that messages in this mailbox can carry</source>
        <translation>As flags que as mensagens desta caixa postal podem ter</translation>
    </message>
    <message>
        <source>The mailbox now holds %1 messages</source>
        <translation>A caixa postal agora tem %1 mensagens</translation>
    </message>
    <message>
        <source>Sent when a mailbox is selected and whenever new messages arrive; the messages are numbered 1 to this count.</source>
        <translation>Enviado quando uma caixa postal é selecionada e sempre que chegam mensagens novas; as mensagens são numeradas de 1 até esta contagem.</translation>
    </message>
    <message>
        <source>%1 messages arrived since the last session that selected this mailbox (IMAP4rev1)</source>
        <translation>%1 mensagens chegaram desde a última sessão que selecionou esta caixa postal (IMAP4rev1)</translation>
    </message>
    <message>
        <source>Message %1 was removed; the messages after it move down by one number</source>
        <translation>A mensagem %1 foi removida; as mensagens depois dela descem um número</translation>
    </message>
    <message>
        <source>Data about message %1, item by item</source>
        <translation>Dados da mensagem %1, item por item</translation>
    </message>
    <message>
        <source>These UIDs were removed from the mailbox (instead of one EXPUNGE each)</source>
        <translation>Estes UIDs foram removidos da caixa postal (em vez de um EXPUNGE para cada um)</translation>
    </message>
    <message>
        <source>These UIDs were removed while the client was away (EARLIER: in answer to a QRESYNC SELECT or a FETCH with VANISHED)</source>
        <translation>Estes UIDs foram removidos enquanto o cliente estava fora (EARLIER: em resposta a um SELECT com QRESYNC ou a um FETCH com VANISHED)</translation>
    </message>
    <message>
        <source>The client deletes its copies of these messages; no message numbers change.</source>
        <translation>O cliente apaga as suas cópias dessas mensagens; nenhum número de mensagem muda.</translation>
    </message>
    <message>
        <source>The server&apos;s name, version and other details (ID)</source>
        <translation>O nome, a versão e outros detalhes do servidor (ID)</translation>
    </message>
    <message>
        <source>A quota: resources used and their limits</source>
        <translation>Uma cota: os recursos usados e os seus limites</translation>
    </message>
    <message>
        <source>The quota roots that apply to a mailbox</source>
        <translation>As raízes de cota que valem para uma caixa postal</translation>
    </message>
    <message>
        <source>The messages that match, in the order asked for</source>
        <translation>As mensagens que atendem, na ordem pedida</translation>
    </message>
    <message>
        <source>The matching messages grouped into threads</source>
        <translation>As mensagens que atendem, agrupadas em conversas (threads)</translation>
    </message>
    <message>
        <source>Annotations (metadata) of a mailbox or the server</source>
        <translation>Anotações (metadados) de uma caixa postal ou do servidor</translation>
    </message>
    <message>
        <source>%1: an untagged response this catalog does not know</source>
        <translation>%1: uma resposta sem tag que este catálogo não conhece</translation>
    </message>
    <message>
        <source>%1 completed successfully</source>
        <translation>%1 concluído com sucesso</translation>
    </message>
    <message>
        <source>%1 failed: the server could not do it (the text and the code say why)</source>
        <translation>%1 falhou: o servidor não conseguiu executá-lo (o texto e o código dizem por quê)</translation>
    </message>
    <message>
        <source>%1 was rejected as a protocol error: unknown command, wrong arguments or not valid in this state</source>
        <translation>%1 foi rejeitado como erro de protocolo: comando desconhecido, argumentos errados ou inválido neste estado</translation>
    </message>
    <message>
        <source>The command with this tag completed successfully</source>
        <translation>O comando com esta tag foi concluído com sucesso</translation>
    </message>
    <message>
        <source>The command with this tag failed</source>
        <translation>O comando com esta tag falhou</translation>
    </message>
    <message>
        <source>The command with this tag was rejected as a protocol error</source>
        <translation>O comando com esta tag foi rejeitado como erro de protocolo</translation>
    </message>
    <message>
        <source>Logged in: the session is now in the authenticated state</source>
        <translation>Login feito: a sessão agora está no estado autenticado</translation>
    </message>
    <message>
        <source>Authenticated: the session is now in the authenticated state</source>
        <translation>Autenticado: a sessão agora está no estado autenticado</translation>
    </message>
    <message>
        <source>Login refused: wrong user name or password</source>
        <translation>Login recusado: nome de usuário ou senha errados</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>A autenticação falhou</translation>
    </message>
    <message>
        <source>Go ahead: the TLS handshake starts now; afterwards the client asks for the capabilities again</source>
        <translation>Pode seguir: o handshake TLS começa agora; depois o cliente pede as capacidades de novo</translation>
    </message>
    <message>
        <source>The mailbox is open: the session is now in the selected state</source>
        <translation>A caixa postal está aberta: a sessão agora está no estado selecionado</translation>
    </message>
    <message>
        <source>The mailbox is open read-only: the session is now in the selected state</source>
        <translation>A caixa postal está aberta só para leitura: a sessão agora está no estado selecionado</translation>
    </message>
    <message>
        <source>Logged out; the server closes the connection</source>
        <translation>Logout feito; o servidor fecha a conexão</translation>
    </message>
    <message>
        <source>IDLE has ended; the client may send commands again</source>
        <translation>O IDLE terminou; o cliente pode voltar a enviar comandos</translation>
    </message>
    <message>
        <source>The mailbox is closed (messages marked \Deleted removed); back to the authenticated state</source>
        <translation>A caixa postal foi fechada (mensagens marcadas com \Deleted removidas); de volta ao estado autenticado</translation>
    </message>
    <message>
        <source>The mailbox is closed, nothing removed; back to the authenticated state</source>
        <translation>A caixa postal foi fechada sem remover nada; de volta ao estado autenticado</translation>
    </message>
    <message>
        <source>A continuation request: the server is ready for the rest of the command</source>
        <translation>Um pedido de continuação: o servidor está pronto para o resto do comando</translation>
    </message>
    <message>
        <source>Go on: the server waits for the bytes of the literal announced with {n}</source>
        <translation>Pode continuar: o servidor espera os bytes do literal anunciado com {n}</translation>
    </message>
    <message>
        <source>The server is idling: it reports news as it happens, until the client sends DONE</source>
        <translation>O servidor está em IDLE: avisa das novidades assim que acontecem, até o cliente enviar DONE</translation>
    </message>
    <message>
        <source>Bytes of the literal the client announced with {n}</source>
        <translation>Bytes do literal que o cliente anunciou com {n}</translation>
    </message>
    <message>
        <source>{n+}: a non-synchronizing literal, sent without waiting for &quot;+&quot;</source>
        <translation>{n+}: um literal não sincronizante, enviado sem esperar o &quot;+&quot;</translation>
    </message>
    <message>
        <source>{n}: a literal of n bytes follows, after the server&apos;s &quot;+&quot;</source>
        <translation>{n}: segue um literal de n bytes, depois do &quot;+&quot; do servidor</translation>
    </message>
    <message>
        <source>The rest of the command, after its literal</source>
        <translation>O resto do comando, depois do seu literal</translation>
    </message>
    <message>
        <source>A command without a tag: every IMAP command starts with a tag the client chooses (a1, a2, ...)</source>
        <translation>Um comando sem tag: todo comando IMAP começa com uma tag escolhida pelo cliente (a1, a2, ...)</translation>
    </message>
    <message>
        <source>%1: a command this catalog does not know; the server will answer BAD if it does not know it either</source>
        <translation>%1: um comando que este catálogo não conhece; o servidor responderá BAD se também não o conhecer</translation>
    </message>
    <message>
        <source>UID: the numbers in this command are UIDs, which do not change when other messages are removed</source>
        <translation>UID: os números neste comando são UIDs, que não mudam quando outras mensagens são removidas</translation>
    </message>
    <message>
        <source>The password is masked here; on the wire it is plain text, protected only by TLS</source>
        <translation>A senha está mascarada aqui; na rede ela vai em texto puro, protegida só pelo TLS</translation>
    </message>
    <message>
        <source>Not a valid response line: it should start with &quot;*&quot;, &quot;+&quot; or a tag</source>
        <translation>Não é uma linha de resposta válida: ela deveria começar com &quot;*&quot;, &quot;+&quot; ou uma tag</translation>
    </message>
    <message>
        <source>UID: the message&apos;s unique identifier, which stays the same across sessions</source>
        <translation>UID: o identificador único da mensagem, que continua o mesmo de uma sessão para outra</translation>
    </message>
    <message>
        <source>FLAGS: the message&apos;s flags (\Seen, \Answered, ...)</source>
        <translation>FLAGS: as flags da mensagem (\Seen, \Answered, ...)</translation>
    </message>
    <message>
        <source>INTERNALDATE: when the server received the message</source>
        <translation>INTERNALDATE: quando o servidor recebeu a mensagem</translation>
    </message>
    <message>
        <source>RFC822.SIZE: the size of the message in bytes</source>
        <translation>RFC822.SIZE: o tamanho da mensagem em bytes</translation>
    </message>
    <message>
        <source>ENVELOPE: date, subject, from, sender, reply-to, to, cc, bcc, in-reply-to and message-id, already parsed by the server</source>
        <translation>ENVELOPE: data, assunto, remetente (from, sender), reply-to, to, cc, bcc, in-reply-to e message-id, já analisados pelo servidor</translation>
    </message>
    <message>
        <source>BODYSTRUCTURE: the MIME structure of the message (parts, types, sizes)</source>
        <translation>BODYSTRUCTURE: a estrutura MIME da mensagem (partes, tipos, tamanhos)</translation>
    </message>
    <message>
        <source>BODY: the MIME structure, without extension data</source>
        <translation>BODY: a estrutura MIME, sem os dados de extensão</translation>
    </message>
    <message>
        <source>BODY[section]: the content of the message or of one section (HEADER, TEXT, a part number); reading it sets \Seen</source>
        <translation>BODY[seção]: o conteúdo da mensagem ou de uma seção (HEADER, TEXT, o número de uma parte); lê-lo marca \Seen</translation>
    </message>
    <message>
        <source>BODY.PEEK[section]: like BODY[section], but without setting \Seen</source>
        <translation>BODY.PEEK[seção]: como BODY[seção], mas sem marcar \Seen</translation>
    </message>
    <message>
        <source>BINARY[section]: a part&apos;s content, already decoded from base64 or quoted-printable by the server</source>
        <translation>BINARY[seção]: o conteúdo de uma parte, já decodificado de base64 ou quoted-printable pelo servidor</translation>
    </message>
    <message>
        <source>BINARY.PEEK[section]: like BINARY[section], without setting \Seen</source>
        <translation>BINARY.PEEK[seção]: como BINARY[seção], sem marcar \Seen</translation>
    </message>
    <message>
        <source>BINARY.SIZE[section]: the decoded size of a part</source>
        <translation>BINARY.SIZE[seção]: o tamanho decodificado de uma parte</translation>
    </message>
    <message>
        <source>RFC822: the whole message (IMAP4rev1 form)</source>
        <translation>RFC822: a mensagem inteira (forma do IMAP4rev1)</translation>
    </message>
    <message>
        <source>RFC822.HEADER: the header of the message (IMAP4rev1)</source>
        <translation>RFC822.HEADER: o cabeçalho da mensagem (IMAP4rev1)</translation>
    </message>
    <message>
        <source>RFC822.TEXT: the body of the message (IMAP4rev1)</source>
        <translation>RFC822.TEXT: o corpo da mensagem (IMAP4rev1)</translation>
    </message>
    <message>
        <source>MODSEQ: the message&apos;s modification sequence: it grows at every change</source>
        <translation>MODSEQ: a sequência de modificação da mensagem: cresce a cada mudança</translation>
    </message>
    <message>
        <source>EMAILID: an identifier of the message that stays the same in every mailbox</source>
        <translation>EMAILID: um identificador da mensagem que é o mesmo em todas as caixas postais</translation>
    </message>
    <message>
        <source>THREADID: the identifier of the message&apos;s thread</source>
        <translation>THREADID: o identificador da conversa (thread) da mensagem</translation>
    </message>
    <message>
        <source>PREVIEW: the first words of the message&apos;s text</source>
        <translation>PREVIEW: as primeiras palavras do texto da mensagem</translation>
    </message>
    <message>
        <source>SAVEDATE: when the message was saved in this mailbox</source>
        <translation>SAVEDATE: quando a mensagem foi guardada nesta caixa postal</translation>
    </message>
    <message>
        <source>ALL: short for FLAGS INTERNALDATE RFC822.SIZE ENVELOPE</source>
        <translation>ALL: abreviação de FLAGS INTERNALDATE RFC822.SIZE ENVELOPE</translation>
    </message>
    <message>
        <source>FAST: short for FLAGS INTERNALDATE RFC822.SIZE</source>
        <translation>FAST: abreviação de FLAGS INTERNALDATE RFC822.SIZE</translation>
    </message>
    <message>
        <source>FULL: short for FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY</source>
        <translation>FULL: abreviação de FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODY</translation>
    </message>
    <message>
        <source>CHANGEDSINCE: only the messages changed after this mod-sequence</source>
        <translation>CHANGEDSINCE: só as mensagens alteradas depois desta sequência de modificação</translation>
    </message>
    <message>
        <source>VANISHED: also report the UIDs removed since then (VANISHED (EARLIER))</source>
        <translation>VANISHED: informar também os UIDs removidos desde então (VANISHED (EARLIER))</translation>
    </message>
    <message>
        <source>%1: a data item this catalog does not describe</source>
        <translation>%1: um item de dados que este catálogo não descreve</translation>
    </message>
    <message>
        <source>IMAP4rev1: the server speaks IMAP version 4 revision 1</source>
        <translation>IMAP4rev1: o servidor fala IMAP versão 4, revisão 1</translation>
    </message>
    <message>
        <source>IMAP4rev2: the server speaks IMAP version 4 revision 2</source>
        <translation>IMAP4rev2: o servidor fala IMAP versão 4, revisão 2</translation>
    </message>
    <message>
        <source>STARTTLS: the connection can be upgraded to TLS</source>
        <translation>STARTTLS: a conexão pode passar para TLS</translation>
    </message>
    <message>
        <source>LOGINDISABLED: LOGIN is refused here (typically until TLS is on)</source>
        <translation>LOGINDISABLED: o LOGIN é recusado aqui (em geral até o TLS estar ativo)</translation>
    </message>
    <message>
        <source>AUTH=%1: the server accepts this SASL mechanism</source>
        <translation>AUTH=%1: o servidor aceita este mecanismo SASL</translation>
    </message>
    <message>
        <source>SASL-IR: AUTHENTICATE may carry its first message at once (saves a round trip)</source>
        <translation>SASL-IR: o AUTHENTICATE pode levar logo a sua primeira mensagem (economiza uma ida e volta)</translation>
    </message>
    <message>
        <source>LITERAL+: literals {n+} may be sent without waiting for the server&apos;s &quot;+&quot;</source>
        <translation>LITERAL+: literais {n+} podem ser enviados sem esperar o &quot;+&quot; do servidor</translation>
    </message>
    <message>
        <source>LITERAL-: non-synchronizing literals, up to 4096 bytes</source>
        <translation>LITERAL-: literais não sincronizantes, de até 4096 bytes</translation>
    </message>
    <message>
        <source>LOGIN-REFERRALS: the server may send the client to another server at login</source>
        <translation>LOGIN-REFERRALS: no login o servidor pode encaminhar o cliente para outro servidor</translation>
    </message>
    <message>
        <source>MAILBOX-REFERRALS: mailboxes may live on other servers</source>
        <translation>MAILBOX-REFERRALS: caixas postais podem ficar em outros servidores</translation>
    </message>
    <message>
        <source>ID: client and server may exchange their names and versions</source>
        <translation>ID: cliente e servidor podem trocar seus nomes e versões</translation>
    </message>
    <message>
        <source>ENABLE: extensions can be switched on with ENABLE</source>
        <translation>ENABLE: extensões podem ser ligadas com ENABLE</translation>
    </message>
    <message>
        <source>IDLE: the server can push news (new mail) while the client waits</source>
        <translation>IDLE: o servidor pode avisar das novidades (mensagens novas) enquanto o cliente espera</translation>
    </message>
    <message>
        <source>SORT: the server can sort search results</source>
        <translation>SORT: o servidor pode ordenar os resultados de uma busca</translation>
    </message>
    <message>
        <source>SORT=DISPLAY: sorting by the displayed names</source>
        <translation>SORT=DISPLAY: ordenação pelos nomes exibidos</translation>
    </message>
    <message>
        <source>THREAD=%1: the server can group messages into threads with this algorithm</source>
        <translation>THREAD=%1: o servidor pode agrupar mensagens em conversas (threads) com este algoritmo</translation>
    </message>
    <message>
        <source>MULTIAPPEND: one APPEND may store several messages</source>
        <translation>MULTIAPPEND: um único APPEND pode guardar várias mensagens</translation>
    </message>
    <message>
        <source>URL-PARTIAL: IMAP URLs may point at part of a message</source>
        <translation>URL-PARTIAL: URLs IMAP podem apontar para um trecho de uma mensagem</translation>
    </message>
    <message>
        <source>URLAUTH: authorized IMAP URLs, so that SMTP can fetch a message (BURL)</source>
        <translation>URLAUTH: URLs IMAP autorizadas, para que o SMTP possa buscar uma mensagem (BURL)</translation>
    </message>
    <message>
        <source>CATENATE: APPEND may build a message from parts already on the server</source>
        <translation>CATENATE: o APPEND pode montar uma mensagem a partir de partes que já estão no servidor</translation>
    </message>
    <message>
        <source>UNSELECT: a mailbox can be closed without removing deleted messages</source>
        <translation>UNSELECT: uma caixa postal pode ser fechada sem remover as mensagens apagadas</translation>
    </message>
    <message>
        <source>CHILDREN: LIST tells whether a mailbox has submailboxes</source>
        <translation>CHILDREN: o LIST informa se uma caixa postal tem subcaixas</translation>
    </message>
    <message>
        <source>NAMESPACE: the server describes its mailbox namespaces</source>
        <translation>NAMESPACE: o servidor descreve os namespaces das suas caixas postais</translation>
    </message>
    <message>
        <source>UIDPLUS: APPEND and COPY report the new UIDs; UID EXPUNGE removes only the given messages</source>
        <translation>UIDPLUS: APPEND e COPY informam os novos UIDs; UID EXPUNGE remove só as mensagens indicadas</translation>
    </message>
    <message>
        <source>LIST-EXTENDED: LIST takes selection and return options</source>
        <translation>LIST-EXTENDED: o LIST aceita opções de seleção e de retorno</translation>
    </message>
    <message>
        <source>LIST-STATUS: LIST may return each mailbox&apos;s STATUS at once</source>
        <translation>LIST-STATUS: o LIST pode devolver de uma vez o STATUS de cada caixa postal</translation>
    </message>
    <message>
        <source>I18NLEVEL=%1: searching and sorting follow the rules of each language</source>
        <translation>I18NLEVEL=%1: busca e ordenação seguem as regras de cada idioma</translation>
    </message>
    <message>
        <source>CONDSTORE: every change gets a mod-sequence, so a client can ask for what changed since its last visit</source>
        <translation>CONDSTORE: cada mudança recebe uma sequência de modificação, então o cliente pode pedir o que mudou desde a sua última visita</translation>
    </message>
    <message>
        <source>QRESYNC: quick resynchronization: on SELECT the server sends the changes and removals since the client&apos;s last visit</source>
        <translation>QRESYNC: ressincronização rápida: no SELECT o servidor envia as mudanças e remoções desde a última visita do cliente</translation>
    </message>
    <message>
        <source>ESEARCH: search results in compact form (MIN, MAX, COUNT, ALL)</source>
        <translation>ESEARCH: resultados de busca em forma compacta (MIN, MAX, COUNT, ALL)</translation>
    </message>
    <message>
        <source>ESORT: sort results in the compact ESEARCH form</source>
        <translation>ESORT: resultados de ordenação na forma compacta do ESEARCH</translation>
    </message>
    <message>
        <source>SEARCHRES: a search result can be saved and reused as &quot;$&quot;</source>
        <translation>SEARCHRES: um resultado de busca pode ser guardado e reaproveitado como &quot;$&quot;</translation>
    </message>
    <message>
        <source>WITHIN: search by age (OLDER, YOUNGER)</source>
        <translation>WITHIN: busca por idade (OLDER, YOUNGER)</translation>
    </message>
    <message>
        <source>CONTEXT=%1: search or sort results that the server keeps up to date</source>
        <translation>CONTEXT=%1: resultados de busca ou ordenação que o servidor mantém atualizados</translation>
    </message>
    <message>
        <source>BINARY: the server can decode parts itself (FETCH BINARY[])</source>
        <translation>BINARY: o próprio servidor pode decodificar as partes (FETCH BINARY[])</translation>
    </message>
    <message>
        <source>MOVE: messages can be moved in one step (not COPY + delete + EXPUNGE)</source>
        <translation>MOVE: mensagens podem ser movidas num passo só (em vez de COPY + apagar + EXPUNGE)</translation>
    </message>
    <message>
        <source>SNIPPET=%1: an early form of PREVIEW (the first words of a message)</source>
        <translation>SNIPPET=%1: uma forma antiga do PREVIEW (as primeiras palavras de uma mensagem)</translation>
    </message>
    <message>
        <source>PREVIEW: FETCH PREVIEW gives the first words of a message</source>
        <translation>PREVIEW: FETCH PREVIEW dá as primeiras palavras de uma mensagem</translation>
    </message>
    <message>
        <source>PREVIEW=%1: the draft form of PREVIEW, with an algorithm name</source>
        <translation>PREVIEW=%1: a forma de rascunho do PREVIEW, com o nome de um algoritmo</translation>
    </message>
    <message>
        <source>STATUS=SIZE: STATUS can report a mailbox&apos;s size</source>
        <translation>STATUS=SIZE: o STATUS pode informar o tamanho de uma caixa postal</translation>
    </message>
    <message>
        <source>SAVEDATE: the date a message was saved in a mailbox can be fetched</source>
        <translation>SAVEDATE: é possível obter a data em que uma mensagem foi guardada numa caixa postal</translation>
    </message>
    <message>
        <source>NOTIFY: the client may ask for news about other mailboxes too</source>
        <translation>NOTIFY: o cliente pode pedir novidades de outras caixas postais também</translation>
    </message>
    <message>
        <source>SPECIAL-USE: LIST marks the Sent, Drafts, Trash, Junk, Archive mailboxes</source>
        <translation>SPECIAL-USE: o LIST marca as caixas postais de enviadas, rascunhos, lixeira, spam e arquivo</translation>
    </message>
    <message>
        <source>CREATE-SPECIAL-USE: CREATE may give a new mailbox a special use</source>
        <translation>CREATE-SPECIAL-USE: o CREATE pode dar um uso especial a uma caixa postal nova</translation>
    </message>
    <message>
        <source>QUOTA: the server reports storage quotas</source>
        <translation>QUOTA: o servidor informa cotas de armazenamento</translation>
    </message>
    <message>
        <source>QUOTA=%1: a kind of quota the server supports</source>
        <translation>QUOTA=%1: um tipo de cota que o servidor suporta</translation>
    </message>
    <message>
        <source>ACL: mailboxes have access control lists</source>
        <translation>ACL: as caixas postais têm listas de controle de acesso</translation>
    </message>
    <message>
        <source>RIGHTS=%1: extra rights of the ACL extension</source>
        <translation>RIGHTS=%1: direitos adicionais da extensão ACL</translation>
    </message>
    <message>
        <source>METADATA: mailboxes and the server carry annotations</source>
        <translation>METADATA: as caixas postais e o servidor têm anotações</translation>
    </message>
    <message>
        <source>METADATA-SERVER: the server itself carries annotations</source>
        <translation>METADATA-SERVER: o próprio servidor tem anotações</translation>
    </message>
    <message>
        <source>COMPRESS=%1: the connection can be compressed</source>
        <translation>COMPRESS=%1: a conexão pode ser comprimida</translation>
    </message>
    <message>
        <source>UTF8=%1: mailbox names and headers in UTF-8 (after ENABLE UTF8=ACCEPT)</source>
        <translation>UTF8=%1: nomes de caixas postais e cabeçalhos em UTF-8 (depois de ENABLE UTF8=ACCEPT)</translation>
    </message>
    <message>
        <source>OBJECTID: mailboxes and messages have stable identifiers</source>
        <translation>OBJECTID: caixas postais e mensagens têm identificadores estáveis</translation>
    </message>
    <message>
        <source>APPENDLIMIT: the largest message APPEND accepts</source>
        <translation>APPENDLIMIT: a maior mensagem que o APPEND aceita</translation>
    </message>
    <message>
        <source>LIST-MYRIGHTS: LIST may return the user&apos;s rights</source>
        <translation>LIST-MYRIGHTS: o LIST pode devolver os direitos do usuário</translation>
    </message>
    <message>
        <source>REPLACE: a message can be replaced in one step</source>
        <translation>REPLACE: uma mensagem pode ser substituída num passo só</translation>
    </message>
    <message>
        <source>UNAUTHENTICATE: the client may log out and log in again on the same connection</source>
        <translation>UNAUTHENTICATE: o cliente pode sair e entrar de novo na mesma conexão</translation>
    </message>
    <message>
        <source>INPROGRESS: the server reports the progress of slow commands</source>
        <translation>INPROGRESS: o servidor informa o andamento de comandos demorados</translation>
    </message>
    <message>
        <source>%1: a capability this catalog does not describe</source>
        <translation>%1: uma capacidade que este catálogo não descreve</translation>
    </message>
    <message>
        <source>\Noinferiors: no mailbox can be created under this one</source>
        <translation>\Noinferiors: nenhuma caixa postal pode ser criada abaixo desta</translation>
    </message>
    <message>
        <source>\Noselect: this name only holds other mailboxes; it cannot be selected</source>
        <translation>\Noselect: este nome só agrupa outras caixas postais; não pode ser selecionado</translation>
    </message>
    <message>
        <source>\NonExistent: no such mailbox (listed for its children)</source>
        <translation>\NonExistent: esta caixa postal não existe (aparece por causa das filhas)</translation>
    </message>
    <message>
        <source>\HasChildren: the mailbox has submailboxes</source>
        <translation>\HasChildren: a caixa postal tem subcaixas</translation>
    </message>
    <message>
        <source>\HasNoChildren: the mailbox has no submailboxes</source>
        <translation>\HasNoChildren: a caixa postal não tem subcaixas</translation>
    </message>
    <message>
        <source>\Marked: probably new messages since the last look</source>
        <translation>\Marked: provavelmente há mensagens novas desde a última olhada</translation>
    </message>
    <message>
        <source>\Unmarked: no new messages since the last look</source>
        <translation>\Unmarked: nenhuma mensagem nova desde a última olhada</translation>
    </message>
    <message>
        <source>\Subscribed: the mailbox is subscribed</source>
        <translation>\Subscribed: a caixa postal está assinada</translation>
    </message>
    <message>
        <source>\Remote: the mailbox lives on another server</source>
        <translation>\Remote: a caixa postal fica em outro servidor</translation>
    </message>
    <message>
        <source>\All: special use: a virtual mailbox with every message</source>
        <translation>\All: uso especial: uma caixa postal virtual com todas as mensagens</translation>
    </message>
    <message>
        <source>\Archive: special use: the archive</source>
        <translation>\Archive: uso especial: o arquivo</translation>
    </message>
    <message>
        <source>\Drafts: special use: where drafts are kept</source>
        <translation>\Drafts: uso especial: onde ficam os rascunhos</translation>
    </message>
    <message>
        <source>\Flagged: special use: a virtual mailbox with the flagged messages</source>
        <translation>\Flagged: uso especial: uma caixa postal virtual com as mensagens sinalizadas</translation>
    </message>
    <message>
        <source>\Junk: special use: where spam goes</source>
        <translation>\Junk: uso especial: para onde vai o spam</translation>
    </message>
    <message>
        <source>\Sent: special use: copies of the messages sent</source>
        <translation>\Sent: uso especial: cópias das mensagens enviadas</translation>
    </message>
    <message>
        <source>\Trash: special use: deleted messages wait here</source>
        <translation>\Trash: uso especial: as mensagens apagadas esperam aqui</translation>
    </message>
    <message>
        <source>\Important: special use: the important messages</source>
        <translation>\Important: uso especial: as mensagens importantes</translation>
    </message>
    <message>
        <source>%1: a mailbox attribute this catalog does not describe</source>
        <translation>%1: um atributo de caixa postal que este catálogo não descreve</translation>
    </message>
    <message>
        <source>MESSAGES: how many messages the mailbox holds</source>
        <translation>MESSAGES: quantas mensagens a caixa postal tem</translation>
    </message>
    <message>
        <source>UIDNEXT: the UID the next new message will get</source>
        <translation>UIDNEXT: o UID que a próxima mensagem nova vai receber</translation>
    </message>
    <message>
        <source>UIDVALIDITY: while it stays the same, the UIDs a client kept are valid</source>
        <translation>UIDVALIDITY: enquanto ele não mudar, os UIDs que o cliente guardou continuam válidos</translation>
    </message>
    <message>
        <source>UNSEEN: how many messages are not \Seen yet</source>
        <translation>UNSEEN: quantas mensagens ainda não têm \Seen</translation>
    </message>
    <message>
        <source>DELETED: how many messages are marked \Deleted</source>
        <translation>DELETED: quantas mensagens estão marcadas com \Deleted</translation>
    </message>
    <message>
        <source>SIZE: the total size of the mailbox in bytes</source>
        <translation>SIZE: o tamanho total da caixa postal em bytes</translation>
    </message>
    <message>
        <source>RECENT: how many messages are \Recent (IMAP4rev1)</source>
        <translation>RECENT: quantas mensagens são \Recent (IMAP4rev1)</translation>
    </message>
    <message>
        <source>HIGHESTMODSEQ: the highest mod-sequence in the mailbox (has anything changed?)</source>
        <translation>HIGHESTMODSEQ: a maior sequência de modificação da caixa postal (algo mudou?)</translation>
    </message>
    <message>
        <source>APPENDLIMIT: the largest message APPEND accepts here</source>
        <translation>APPENDLIMIT: a maior mensagem que o APPEND aceita aqui</translation>
    </message>
    <message>
        <source>MAILBOXID: the mailbox&apos;s stable identifier</source>
        <translation>MAILBOXID: o identificador estável da caixa postal</translation>
    </message>
    <message>
        <source>%1: a status item this catalog does not describe</source>
        <translation>%1: um item de status que este catálogo não descreve</translation>
    </message>
    <message>
        <source>TAG: the tag of the SEARCH this result answers</source>
        <translation>TAG: a tag do SEARCH que este resultado responde</translation>
    </message>
    <message>
        <source>UID: the numbers below are UIDs</source>
        <translation>UID: os números a seguir são UIDs</translation>
    </message>
    <message>
        <source>MIN: the lowest matching message</source>
        <translation>MIN: a menor mensagem que atende</translation>
    </message>
    <message>
        <source>MAX: the highest matching message</source>
        <translation>MAX: a maior mensagem que atende</translation>
    </message>
    <message>
        <source>ALL: every matching message, as a compact set (1:5 is 1 to 5)</source>
        <translation>ALL: todas as mensagens que atendem, como um conjunto compacto (1:5 é de 1 a 5)</translation>
    </message>
    <message>
        <source>COUNT: how many messages match</source>
        <translation>COUNT: quantas mensagens atendem</translation>
    </message>
    <message>
        <source>MODSEQ: the highest mod-sequence of the matches</source>
        <translation>MODSEQ: a maior sequência de modificação entre as que atendem</translation>
    </message>
    <message>
        <source>PARTIAL: one page of the matches</source>
        <translation>PARTIAL: uma página das mensagens que atendem</translation>
    </message>
    <message>
        <source>%1: a search result item this catalog does not describe</source>
        <translation>%1: um item de resultado de busca que este catálogo não descreve</translation>
    </message>
    <message>
        <source>\Seen: the message has been read</source>
        <translation>\Seen: a mensagem foi lida</translation>
    </message>
    <message>
        <source>\Answered: the message has been answered</source>
        <translation>\Answered: a mensagem foi respondida</translation>
    </message>
    <message>
        <source>\Flagged: marked as urgent or special</source>
        <translation>\Flagged: marcada como urgente ou especial</translation>
    </message>
    <message>
        <source>\Deleted: marked for removal at the next EXPUNGE or CLOSE</source>
        <translation>\Deleted: marcada para remoção no próximo EXPUNGE ou CLOSE</translation>
    </message>
    <message>
        <source>\Draft: the message is a draft</source>
        <translation>\Draft: a mensagem é um rascunho</translation>
    </message>
    <message>
        <source>\Recent: new in this session (IMAP4rev1)</source>
        <translation>\Recent: nova nesta sessão (IMAP4rev1)</translation>
    </message>
    <message>
        <source>\*: the client may create new keywords</source>
        <translation>\*: o cliente pode criar palavras-chave novas</translation>
    </message>
    <message>
        <source>$Forwarded: the message has been forwarded</source>
        <translation>$Forwarded: a mensagem foi encaminhada</translation>
    </message>
    <message>
        <source>$MDNSent: a read receipt was sent</source>
        <translation>$MDNSent: uma confirmação de leitura foi enviada</translation>
    </message>
    <message>
        <source>$Junk: the user or a filter says this is spam</source>
        <translation>$Junk: o usuário ou um filtro diz que é spam</translation>
    </message>
    <message>
        <source>$NotJunk: the user says this is not spam</source>
        <translation>$NotJunk: o usuário diz que não é spam</translation>
    </message>
    <message>
        <source>$Phishing: the message looks like a phishing attempt</source>
        <translation>$Phishing: a mensagem parece uma tentativa de phishing</translation>
    </message>
    <message>
        <source>%1: a keyword (a flag the user or a client defined)</source>
        <translation>%1: uma palavra-chave (uma flag definida pelo usuário ou por um cliente)</translation>
    </message>
    <message>
        <source>The server is ready; the session is in the AUTHORIZATION state</source>
        <translation>O servidor está pronto; a sessão está no estado AUTHORIZATION</translation>
    </message>
    <message>
        <source>The &lt;...&gt; in the greeting is a unique timestamp: APOP signs it with the password</source>
        <translation>O &lt;...&gt; na saudação é um carimbo de tempo único: o APOP o assina com a senha</translation>
    </message>
    <message>
        <source>The server refuses the session</source>
        <translation>O servidor recusa a sessão</translation>
    </message>
    <message>
        <source>+OK: %1 succeeded</source>
        <translation>+OK: %1 deu certo</translation>
    </message>
    <message>
        <source>+OK: the command succeeded</source>
        <translation>+OK: o comando deu certo</translation>
    </message>
    <message>
        <source>-ERR: %1 failed</source>
        <translation>-ERR: %1 falhou</translation>
    </message>
    <message>
        <source>-ERR: the command failed</source>
        <translation>-ERR: o comando falhou</translation>
    </message>
    <message>
        <source>Login refused: wrong user name or password, or the maildrop is locked</source>
        <translation>Login recusado: nome de usuário ou senha errados, ou a caixa postal (maildrop) está bloqueada</translation>
    </message>
    <message>
        <source>A continuation: the server waits for more</source>
        <translation>Uma continuação: o servidor espera mais dados</translation>
    </message>
    <message>
        <source>The user name is noted; now the password (PASS)</source>
        <translation>O nome de usuário foi anotado; agora a senha (PASS)</translation>
    </message>
    <message>
        <source>Logged in: the maildrop is locked for this session, now in the TRANSACTION state</source>
        <translation>Login feito: a caixa postal (maildrop) fica bloqueada para esta sessão, agora no estado TRANSACTION</translation>
    </message>
    <message>
        <source>Logged in with APOP: the maildrop is locked, the session is in the TRANSACTION state</source>
        <translation>Login feito com APOP: a caixa postal (maildrop) está bloqueada, a sessão está no estado TRANSACTION</translation>
    </message>
    <message>
        <source>Authenticated: the maildrop is locked, the session is in the TRANSACTION state</source>
        <translation>Autenticado: a caixa postal (maildrop) está bloqueada, a sessão está no estado TRANSACTION</translation>
    </message>
    <message>
        <source>The maildrop holds %1 messages, %2 bytes in all</source>
        <translation>A caixa postal tem %1 mensagens, %2 bytes no total</translation>
    </message>
    <message>
        <source>A listing follows: one line per message (number and size in bytes), ended by a lone dot</source>
        <translation>Segue uma listagem: uma linha por mensagem (número e tamanho em bytes), terminada por um ponto sozinho na linha</translation>
    </message>
    <message>
        <source>Message %1 has %2 bytes</source>
        <translation>A mensagem %1 tem %2 bytes</translation>
    </message>
    <message>
        <source>A listing follows: one line per message (number and unique id), ended by a lone dot</source>
        <translation>Segue uma listagem: uma linha por mensagem (número e identificador único), terminada por um ponto sozinho na linha</translation>
    </message>
    <message>
        <source>The unique id of message %1</source>
        <translation>O identificador único da mensagem %1</translation>
    </message>
    <message>
        <source>The message follows, ended by a lone dot (a line that starts with a dot has it doubled)</source>
        <translation>Segue a mensagem, terminada por um ponto sozinho na linha (uma linha que começa com ponto vem com o ponto duplicado)</translation>
    </message>
    <message>
        <source>The header and the first lines of the body follow, ended by a lone dot</source>
        <translation>Seguem o cabeçalho e as primeiras linhas do corpo, terminados por um ponto sozinho na linha</translation>
    </message>
    <message>
        <source>The message is marked as deleted; it is removed at QUIT</source>
        <translation>A mensagem foi marcada como apagada; ela é removida no QUIT</translation>
    </message>
    <message>
        <source>Every deletion mark of this session is undone</source>
        <translation>Todas as marcas de exclusão desta sessão foram desfeitas</translation>
    </message>
    <message>
        <source>Nothing done: the server is there</source>
        <translation>Nada foi feito: o servidor está lá</translation>
    </message>
    <message>
        <source>Goodbye: the messages marked as deleted are removed now (UPDATE state)</source>
        <translation>Até logo: as mensagens marcadas como apagadas são removidas agora (estado UPDATE)</translation>
    </message>
    <message>
        <source>The capability list follows, one per line, ended by a lone dot</source>
        <translation>Segue a lista de capacidades, uma por linha, terminada por um ponto sozinho na linha</translation>
    </message>
    <message>
        <source>Go ahead: the TLS handshake starts now; afterwards the client asks CAPA again</source>
        <translation>Pode seguir: o handshake TLS começa agora; depois o cliente pede CAPA de novo</translation>
    </message>
    <message>
        <source>Message %1 and its unique id, which stays the same across sessions</source>
        <translation>A mensagem %1 e o seu identificador único, que continua o mesmo de uma sessão para outra</translation>
    </message>
    <message>
        <source>A line of the message</source>
        <translation>Uma linha da mensagem</translation>
    </message>
    <message>
        <source>A line that starts with a dot, doubled by the server; un-stuffed it reads &quot;%1&quot;</source>
        <translation>Uma linha que começa com ponto, duplicado pelo servidor; sem o ponto extra ela fica &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The lone dot: the end of the multi-line reply</source>
        <translation>O ponto sozinho na linha: o fim da resposta de várias linhas</translation>
    </message>
    <message>
        <source>The lines of the multi-line reply, shown as one summary (dot-unstuffed, ended by the lone dot)</source>
        <translation>As linhas da resposta de várias linhas, mostradas num resumo só (sem os pontos extras, terminadas pelo ponto sozinho na linha)</translation>
    </message>
    <message>
        <source>The message itself, shown as one summary (dot-unstuffed, ended by the lone dot); its structure is in the MIME tab</source>
        <translation>A mensagem em si, mostrada num resumo só (sem os pontos extras, terminada pelo ponto sozinho na linha); a estrutura dela está na aba MIME</translation>
    </message>
    <message>
        <source>The header and first body lines, shown as one summary (dot-unstuffed, ended by the lone dot)</source>
        <translation>O cabeçalho e as primeiras linhas do corpo, mostrados num resumo só (sem os pontos extras, terminados pelo ponto sozinho na linha)</translation>
    </message>
    <message>
        <source>The listing of messages and sizes, shown as one summary (ended by the lone dot)</source>
        <translation>A listagem das mensagens e tamanhos, mostrada num resumo só (terminada pelo ponto sozinho na linha)</translation>
    </message>
    <message>
        <source>The listing of messages and unique ids, shown as one summary (ended by the lone dot)</source>
        <translation>A listagem das mensagens e identificadores únicos, mostrada num resumo só (terminada pelo ponto sozinho na linha)</translation>
    </message>
    <message>
        <source>The capability list, shown as one summary (ended by the lone dot)</source>
        <translation>A lista de capacidades, mostrada num resumo só (terminada pelo ponto sozinho na linha)</translation>
    </message>
    <message>
        <source>TOP: the TOP command is available</source>
        <translation>TOP: o comando TOP está disponível</translation>
    </message>
    <message>
        <source>USER: login with USER and PASS is available</source>
        <translation>USER: o login com USER e PASS está disponível</translation>
    </message>
    <message>
        <source>SASL: AUTH is available with these mechanisms</source>
        <translation>SASL: o AUTH está disponível com estes mecanismos</translation>
    </message>
    <message>
        <source>RESP-CODES: -ERR replies may carry a code in brackets, such as [IN-USE]</source>
        <translation>RESP-CODES: respostas -ERR podem trazer um código entre colchetes, como [IN-USE]</translation>
    </message>
    <message>
        <source>LOGIN-DELAY: the least time between two logins, in seconds</source>
        <translation>LOGIN-DELAY: o tempo mínimo entre dois logins, em segundos</translation>
    </message>
    <message>
        <source>PIPELINING: the client may send several commands without waiting for each reply</source>
        <translation>PIPELINING: o cliente pode enviar vários comandos sem esperar a resposta de cada um</translation>
    </message>
    <message>
        <source>EXPIRE: how many days the server keeps messages once downloaded (NEVER: for ever)</source>
        <translation>EXPIRE: por quantos dias o servidor guarda as mensagens depois de baixadas (NEVER: para sempre)</translation>
    </message>
    <message>
        <source>UIDL: the UIDL command is available</source>
        <translation>UIDL: o comando UIDL está disponível</translation>
    </message>
    <message>
        <source>IMPLEMENTATION: the name of the server software</source>
        <translation>IMPLEMENTATION: o nome do programa servidor</translation>
    </message>
    <message>
        <source>STLS: the connection can be upgraded to TLS</source>
        <translation>STLS: a conexão pode passar para TLS</translation>
    </message>
    <message>
        <source>AUTH-RESP-CODE: a failed login says whether the credentials or the system were at fault ([AUTH], [SYS/...])</source>
        <translation>AUTH-RESP-CODE: um login que falha diz se a culpa foi das credenciais ou do sistema ([AUTH], [SYS/...])</translation>
    </message>
    <message>
        <source>UTF8: the server can speak UTF-8 (after the UTF8 command)</source>
        <translation>UTF8: o servidor pode falar UTF-8 (depois do comando UTF8)</translation>
    </message>
    <message>
        <source>LANG: the server&apos;s replies can come in other languages</source>
        <translation>LANG: as respostas do servidor podem vir em outros idiomas</translation>
    </message>
    <message>
        <source>%1: a command this catalog does not know; the server will answer -ERR</source>
        <translation>%1: um comando que este catálogo não conhece; o servidor vai responder -ERR</translation>
    </message>
    <message>
        <source>Not a valid reply: a POP3 reply starts with +OK or -ERR</source>
        <translation>Não é uma resposta válida: uma resposta POP3 começa com +OK ou -ERR</translation>
    </message>
    <message>
        <source>PLAIN: user name and password in one message, base64-encoded (encoded, not encrypted: only inside TLS)</source>
        <translation>PLAIN: nome de usuário e senha numa só mensagem, codificados em base64 (codificados, não criptografados: só dentro de TLS)</translation>
    </message>
    <message>
        <source>LOGIN: the server asks for the user name, then the password, each sent in base64 (only inside TLS)</source>
        <translation>LOGIN: o servidor pede o nome de usuário e depois a senha, cada um enviado em base64 (só dentro de TLS)</translation>
    </message>
    <message>
        <source>CRAM-MD5: the password is not sent, only an HMAC-MD5 digest of a server challenge (an old, weak mechanism)</source>
        <translation>CRAM-MD5: a senha não é enviada, só um resumo HMAC-MD5 de um desafio do servidor (um mecanismo antigo e fraco)</translation>
    </message>
    <message>
        <source>DIGEST-MD5: a digest challenge and response (obsolete, RFC 6331)</source>
        <translation>DIGEST-MD5: desafio e resposta com resumo criptográfico (obsoleto, RFC 6331)</translation>
    </message>
    <message>
        <source>SCRAM-SHA-1: client and server prove to each other that they know the password, without sending it</source>
        <translation>SCRAM-SHA-1: cliente e servidor provam um ao outro que conhecem a senha, sem enviá-la</translation>
    </message>
    <message>
        <source>SCRAM-SHA-256: client and server prove to each other that they know the password, without sending it</source>
        <translation>SCRAM-SHA-256: cliente e servidor provam um ao outro que conhecem a senha, sem enviá-la</translation>
    </message>
    <message>
        <source>SCRAM-SHA-1-PLUS: SCRAM bound to this TLS channel (channel binding)</source>
        <translation>SCRAM-SHA-1-PLUS: SCRAM amarrado a este canal TLS (channel binding)</translation>
    </message>
    <message>
        <source>SCRAM-SHA-256-PLUS: SCRAM bound to this TLS channel (channel binding)</source>
        <translation>SCRAM-SHA-256-PLUS: SCRAM amarrado a este canal TLS (channel binding)</translation>
    </message>
    <message>
        <source>XOAUTH2: an OAuth 2 access token instead of the password (Google and Microsoft)</source>
        <translation>XOAUTH2: um token de acesso OAuth 2 no lugar da senha (Google e Microsoft)</translation>
    </message>
    <message>
        <source>OAUTHBEARER: an OAuth 2 bearer token instead of the password</source>
        <translation>OAUTHBEARER: um token portador (bearer) OAuth 2 no lugar da senha</translation>
    </message>
    <message>
        <source>EXTERNAL: the identity comes from outside SASL, e.g. a TLS client certificate</source>
        <translation>EXTERNAL: a identidade vem de fora do SASL, por exemplo de um certificado TLS do cliente</translation>
    </message>
    <message>
        <source>ANONYMOUS: access without an account</source>
        <translation>ANONYMOUS: acesso sem conta</translation>
    </message>
    <message>
        <source>GSSAPI: Kerberos single sign-on</source>
        <translation>GSSAPI: login único (single sign-on) com Kerberos</translation>
    </message>
    <message>
        <source>GS2-KRB5: Kerberos through the GS2 family</source>
        <translation>GS2-KRB5: Kerberos pela família GS2</translation>
    </message>
    <message>
        <source>NTLM: Microsoft&apos;s challenge-response login (no RFC)</source>
        <translation>NTLM: o login por desafio e resposta da Microsoft (sem RFC)</translation>
    </message>
    <message>
        <source>OTP: a one-time password</source>
        <translation>OTP: uma senha de uso único</translation>
    </message>
    <message>
        <source>%1: a SASL mechanism this catalog does not describe</source>
        <translation>%1: um mecanismo SASL que este catálogo não descreve</translation>
    </message>
    <message>
        <source>The first SASL message goes with the command (initial response)</source>
        <translation>A primeira mensagem SASL vai junto com o comando (resposta inicial)</translation>
    </message>
    <message>
        <source>An empty challenge: the server waits for the client&apos;s first SASL message</source>
        <translation>Um desafio vazio: o servidor espera a primeira mensagem SASL do cliente</translation>
    </message>
    <message>
        <source>A %1 challenge from the server, in base64</source>
        <translation>Um desafio %1 do servidor, em base64</translation>
    </message>
    <message>
        <source>The client&apos;s %1 response, in base64; any secret in it is masked</source>
        <translation>A resposta %1 do cliente, em base64; qualquer segredo nela está mascarado</translation>
    </message>
    <message>
        <source>An empty response: the client has nothing more to send and waits for the outcome</source>
        <translation>Uma resposta vazia: o cliente não tem mais nada a enviar e espera o resultado</translation>
    </message>
    <message>
        <source>&quot;*&quot;: the client cancels the authentication exchange</source>
        <translation>&quot;*&quot;: o cliente cancela a troca de autenticação</translation>
    </message>
    <message>
        <source>The PLAIN message: authorization identity, user name and password separated by NUL bytes, in base64; the password is masked</source>
        <translation>A mensagem PLAIN: identidade de autorização, nome de usuário e senha separados por bytes NUL, em base64; a senha está mascarada</translation>
    </message>
    <message>
        <source>The server asks for the user name (&quot;Username:&quot; in base64)</source>
        <translation>O servidor pede o nome de usuário (&quot;Username:&quot; em base64)</translation>
    </message>
    <message>
        <source>The server asks for the password (&quot;Password:&quot; in base64)</source>
        <translation>O servidor pede a senha (&quot;Password:&quot; em base64)</translation>
    </message>
    <message>
        <source>The user name, in base64</source>
        <translation>O nome de usuário, em base64</translation>
    </message>
    <message>
        <source>The password, in base64 (masked here)</source>
        <translation>A senha, em base64 (mascarada aqui)</translation>
    </message>
    <message>
        <source>The CRAM-MD5 challenge: a unique string the client must sign with the password</source>
        <translation>O desafio CRAM-MD5: uma cadeia única que o cliente precisa assinar com a senha</translation>
    </message>
    <message>
        <source>The CRAM-MD5 response: the user name and an HMAC-MD5 digest of the challenge; the password itself is not sent</source>
        <translation>A resposta CRAM-MD5: o nome de usuário e um resumo HMAC-MD5 do desafio; a senha em si não é enviada</translation>
    </message>
    <message>
        <source>The DIGEST-MD5 challenge: realm, nonce and options</source>
        <translation>O desafio DIGEST-MD5: domínio (realm), nonce e opções</translation>
    </message>
    <message>
        <source>The DIGEST-MD5 server proof (rspauth): the server knows the password too</source>
        <translation>A prova do servidor no DIGEST-MD5 (rspauth): o servidor também conhece a senha</translation>
    </message>
    <message>
        <source>SCRAM client-first message: the user name and a fresh random nonce</source>
        <translation>Mensagem client-first do SCRAM: o nome de usuário e um nonce aleatório novo</translation>
    </message>
    <message>
        <source>SCRAM server-first message: the combined nonce, the salt and the iteration count for hashing the password</source>
        <translation>Mensagem server-first do SCRAM: o nonce combinado, o salt e o número de iterações para o hash da senha</translation>
    </message>
    <message>
        <source>SCRAM client-final message: channel binding, the nonce and the client proof; the password is not sent</source>
        <translation>Mensagem client-final do SCRAM: channel binding, o nonce e a prova do cliente; a senha não é enviada</translation>
    </message>
    <message>
        <source>SCRAM server-final message: the server signature, which proves the server knows the password too</source>
        <translation>Mensagem server-final do SCRAM: a assinatura do servidor, que prova que o servidor também conhece a senha</translation>
    </message>
    <message>
        <source>The OAuth message: the user name and the access token (masked here)</source>
        <translation>A mensagem OAuth: o nome de usuário e o token de acesso (mascarado aqui)</translation>
    </message>
    <message>
        <source>The server refuses the token: the challenge is an error report in JSON (status, scope)</source>
        <translation>O servidor recusa o token: o desafio é um relatório de erro em JSON (status, escopo)</translation>
    </message>
    <message>
        <source>The client acknowledges the error report; the server then answers with the failure</source>
        <translation>O cliente confirma o recebimento do relatório de erro; então o servidor responde com a falha</translation>
    </message>
    <message>
        <source>The EXTERNAL message: the authorization identity, or empty to use the one from the certificate</source>
        <translation>A mensagem EXTERNAL: a identidade de autorização, ou vazia para usar a do certificado</translation>
    </message>
    <message>
        <source>The server is ready: its greeting names the host, and often the software</source>
        <translation>O servidor está pronto: a saudação dá o nome do host e, muitas vezes, do programa</translation>
    </message>
    <message>
        <source>The first line of every SMTP session, before any command. The client then introduces itself with EHLO (or HELO).</source>
        <translation>A primeira linha de toda sessão SMTP, antes de qualquer comando. Em seguida o cliente se apresenta com EHLO (ou HELO).</translation>
    </message>
    <message>
        <source>The server refuses the session at once: no SMTP service here</source>
        <translation>O servidor recusa a sessão logo de cara: não há serviço SMTP aqui</translation>
    </message>
    <message>
        <source>A 554 greeting means the client may only send QUIT.</source>
        <translation>Uma saudação 554 significa que o cliente só pode enviar QUIT.</translation>
    </message>
    <message>
        <source>The server is not available now and closes the connection; try again later</source>
        <translation>O servidor não está disponível agora e fecha a conexão; tente de novo mais tarde</translation>
    </message>
    <message>
        <source>The server greets the client by name; each following line names one extension it offers</source>
        <translation>O servidor cumprimenta o cliente pelo nome; cada linha seguinte dá o nome de uma extensão que ele oferece</translation>
    </message>
    <message>
        <source>A multi-line reply: &quot;250-&quot; goes on, &quot;250 &quot; (a space after the code) is the last line. From the second line on, each line is an extension keyword, the last one included.</source>
        <translation>Uma resposta de várias linhas: &quot;250-&quot; continua, &quot;250 &quot; (com espaço depois do código) é a última linha. Da segunda linha em diante, cada linha é uma palavra-chave de extensão, inclusive a última.</translation>
    </message>
    <message>
        <source>The server greets the client by name and offers no extensions</source>
        <translation>O servidor cumprimenta o cliente pelo nome e não oferece extensões</translation>
    </message>
    <message>
        <source>The server greets the client: plain SMTP, with no list of extensions</source>
        <translation>O servidor cumprimenta o cliente: SMTP simples, sem lista de extensões</translation>
    </message>
    <message>
        <source>MAIL, the RCPTs and DATA can go out in one batch; the replies come back in the same order. This saves round trips on a slow network.</source>
        <translation>MAIL, os RCPTs e o DATA podem sair num lote só; as respostas voltam na mesma ordem. Isso economiza idas e voltas numa rede lenta.</translation>
    </message>
    <message>
        <source>SIZE: the client may announce the message size with MAIL ... SIZE=</source>
        <translation>SIZE: o cliente pode anunciar o tamanho da mensagem com MAIL ... SIZE=</translation>
    </message>
    <message>
        <source>SIZE: the largest message this server accepts is %1 bytes</source>
        <translation>SIZE: a maior mensagem que este servidor aceita tem %1 bytes</translation>
    </message>
    <message>
        <source>The client announces the size with MAIL FROM:&lt;...&gt; SIZE=n, and a message that is too big is refused before it is sent.</source>
        <translation>O cliente anuncia o tamanho com MAIL FROM:&lt;...&gt; SIZE=n, e uma mensagem grande demais é recusada antes de ser enviada.</translation>
    </message>
    <message>
        <source>8BITMIME: the server accepts bodies with 8-bit bytes (MAIL ... BODY=8BITMIME)</source>
        <translation>8BITMIME: o servidor aceita corpos com bytes de 8 bits (MAIL ... BODY=8BITMIME)</translation>
    </message>
    <message>
        <source>SMTPUTF8: addresses and header fields may be written in UTF-8 (international mail)</source>
        <translation>SMTPUTF8: endereços e campos de cabeçalho podem ser escritos em UTF-8 (correio internacionalizado)</translation>
    </message>
    <message>
        <source>STARTTLS: the connection can be upgraded to TLS with the STARTTLS command</source>
        <translation>STARTTLS: a conexão pode passar para TLS com o comando STARTTLS</translation>
    </message>
    <message>
        <source>Until then everything, passwords included, travels in clear text.</source>
        <translation>Até lá tudo, inclusive senhas, viaja em texto claro.</translation>
    </message>
    <message>
        <source>AUTH: the server accepts authentication with these SASL mechanisms</source>
        <translation>AUTH: o servidor aceita autenticação com estes mecanismos SASL</translation>
    </message>
    <message>
        <source>A server offering AUTH before STARTTLS invites passwords in clear text.</source>
        <translation>Um servidor que oferece AUTH antes do STARTTLS convida a enviar senhas em texto claro.</translation>
    </message>
    <message>
        <source>AUTH=: the same list of mechanisms, in the form some old clients expected</source>
        <translation>AUTH=: a mesma lista de mecanismos, na forma que alguns clientes antigos esperavam</translation>
    </message>
    <message>
        <source>CHUNKING: the message may be sent with BDAT in chunks of exact byte counts, with no dot-stuffing</source>
        <translation>CHUNKING: a mensagem pode ser enviada com BDAT em blocos de tamanho exato em bytes, sem dot-stuffing</translation>
    </message>
    <message>
        <source>BINARYMIME: the server accepts binary bodies (with BDAT and BODY=BINARYMIME)</source>
        <translation>BINARYMIME: o servidor aceita corpos binários (com BDAT e BODY=BINARYMIME)</translation>
    </message>
    <message>
        <source>ENHANCEDSTATUSCODES: replies carry an enhanced status code such as 2.1.0 after the reply code</source>
        <translation>ENHANCEDSTATUSCODES: as respostas trazem um código de status estendido, como 2.1.0, depois do código de resposta</translation>
    </message>
    <message>
        <source>DSN: the client may ask for delivery status notifications (NOTIFY=, RET=, ENVID=)</source>
        <translation>DSN: o cliente pode pedir notificações de status de entrega (NOTIFY=, RET=, ENVID=)</translation>
    </message>
    <message>
        <source>ETRN: a client may ask the server to start delivering the mail queued for a domain</source>
        <translation>ETRN: um cliente pode pedir ao servidor que comece a entregar as mensagens na fila de um domínio</translation>
    </message>
    <message>
        <source>VRFY: the server accepts the VRFY command</source>
        <translation>VRFY: o servidor aceita o comando VRFY</translation>
    </message>
    <message>
        <source>EXPN: the server accepts the EXPN command</source>
        <translation>EXPN: o servidor aceita o comando EXPN</translation>
    </message>
    <message>
        <source>HELP: the server accepts the HELP command</source>
        <translation>HELP: o servidor aceita o comando HELP</translation>
    </message>
    <message>
        <source>DELIVERBY: the client may ask for delivery within a time limit</source>
        <translation>DELIVERBY: o cliente pode pedir a entrega dentro de um prazo</translation>
    </message>
    <message>
        <source>REQUIRETLS: the client may require TLS on every hop of the message&apos;s way</source>
        <translation>REQUIRETLS: o cliente pode exigir TLS em cada etapa do caminho da mensagem</translation>
    </message>
    <message>
        <source>MT-PRIORITY: the client may give the message a priority</source>
        <translation>MT-PRIORITY: o cliente pode dar uma prioridade à mensagem</translation>
    </message>
    <message>
        <source>FUTURERELEASE: the client may ask the server to hold the message until a given time</source>
        <translation>FUTURERELEASE: o cliente pode pedir ao servidor que segure a mensagem até uma certa hora</translation>
    </message>
    <message>
        <source>BURL: the message may be fetched by the server from an IMAP URL</source>
        <translation>BURL: o servidor pode buscar a mensagem a partir de uma URL IMAP</translation>
    </message>
    <message>
        <source>LIMITS: the server announces its limits (recipients per transaction, ...)</source>
        <translation>LIMITS: o servidor anuncia os seus limites (destinatários por transação, ...)</translation>
    </message>
    <message>
        <source>%1: an extension keyword this catalog does not describe</source>
        <translation>%1: uma palavra-chave de extensão que este catálogo não descreve</translation>
    </message>
    <message>
        <source>A line of a multi-line reply (a hyphen after the code); the reply ends at the line with a space after the code</source>
        <translation>Uma linha de uma resposta de várias linhas (hífen depois do código); a resposta termina na linha com espaço depois do código</translation>
    </message>
    <message>
        <source>The sender is accepted: the mail transaction has begun</source>
        <translation>O remetente foi aceito: a transação de correio começou</translation>
    </message>
    <message>
        <source>The recipient is accepted</source>
        <translation>O destinatário foi aceito</translation>
    </message>
    <message>
        <source>The recipient is refused: this server does not relay mail to other domains for this client</source>
        <translation>O destinatário foi recusado: este servidor não faz relay de mensagens para outros domínios para este cliente</translation>
    </message>
    <message>
        <source>A server takes mail for its own domains from anyone, but passes mail on to other domains only for its authenticated users; otherwise it would be an open relay that spammers abuse.</source>
        <translation>Um servidor recebe de qualquer um mensagens para os seus próprios domínios, mas só repassa mensagens para outros domínios em nome dos seus usuários autenticados; senão seria um relay aberto, explorado por spammers.</translation>
    </message>
    <message>
        <source>The server waits for the message: header, blank line, body, then a line with a lone dot</source>
        <translation>O servidor espera a mensagem: cabeçalho, linha em branco, corpo e, no fim, uma linha só com um ponto</translation>
    </message>
    <message>
        <source>The message is accepted: from now on the server is responsible for delivering it</source>
        <translation>A mensagem foi aceita: a partir de agora o servidor é responsável por entregá-la</translation>
    </message>
    <message>
        <source>The text of the reply often gives the queue id under which the server keeps it.</source>
        <translation>O texto da resposta muitas vezes traz o identificador da fila com que o servidor a guarda.</translation>
    </message>
    <message>
        <source>The chunk is received</source>
        <translation>O bloco foi recebido</translation>
    </message>
    <message>
        <source>The last chunk is received and the message is accepted for delivery</source>
        <translation>O último bloco foi recebido e a mensagem foi aceita para entrega</translation>
    </message>
    <message>
        <source>The transaction is cleared: sender and recipients are forgotten</source>
        <translation>A transação foi zerada: remetente e destinatários foram esquecidos</translation>
    </message>
    <message>
        <source>Nothing done: the server is there and answering</source>
        <translation>Nada foi feito: o servidor está lá e respondendo</translation>
    </message>
    <message>
        <source>The server says goodbye and closes the connection</source>
        <translation>O servidor se despede e fecha a conexão</translation>
    </message>
    <message>
        <source>Go ahead: the TLS handshake starts now; then the client sends EHLO again</source>
        <translation>Pode seguir: o handshake TLS começa agora; depois o cliente envia EHLO de novo</translation>
    </message>
    <message>
        <source>Anything the server said before the handshake is forgotten, capabilities included.</source>
        <translation>Tudo o que o servidor disse antes do handshake é esquecido, inclusive as capacidades.</translation>
    </message>
    <message>
        <source>TLS is not available now, for a temporary reason</source>
        <translation>O TLS não está disponível agora, por um motivo temporário</translation>
    </message>
    <message>
        <source>Authentication succeeded: the client may now submit mail</source>
        <translation>A autenticação deu certo: agora o cliente pode enviar mensagens</translation>
    </message>
    <message>
        <source>Authentication failed: the user name or the password (or token) is wrong</source>
        <translation>A autenticação falhou: o nome de usuário ou a senha (ou o token) está errado</translation>
    </message>
    <message>
        <source>The user exists: the reply names the mailbox</source>
        <translation>O usuário existe: a resposta dá o nome da caixa postal</translation>
    </message>
    <message>
        <source>The server will not say whether the user exists, but would accept mail for it</source>
        <translation>O servidor não diz se o usuário existe, mas aceitaria mensagens para ele</translation>
    </message>
    <message>
        <source>A policy choice: confirming addresses would let anyone harvest them.</source>
        <translation>Uma escolha de política: confirmar endereços permitiria que qualquer um os coletasse.</translation>
    </message>
    <message>
        <source>Confirming addresses would let anyone harvest them, so servers switch it off.</source>
        <translation>Confirmar endereços permitiria que qualquer um os coletasse, por isso os servidores desligam o comando.</translation>
    </message>
    <message>
        <source>The list is expanded: one member per line</source>
        <translation>A lista foi expandida: um membro por linha</translation>
    </message>
    <message>
        <source>Expanding lists would reveal their members, so servers switch it off.</source>
        <translation>Expandir listas revelaria os seus membros, por isso os servidores desligam o comando.</translation>
    </message>
    <message>
        <source>The server&apos;s help text, meant for a person</source>
        <translation>O texto de ajuda do servidor, feito para uma pessoa ler</translation>
    </message>
    <message>
        <source>The server does not know this command</source>
        <translation>O servidor não conhece este comando</translation>
    </message>
    <message>
        <source>Not a valid reply line: an SMTP reply starts with a three-digit code</source>
        <translation>Não é uma linha de resposta válida: uma resposta SMTP começa com um código de três dígitos</translation>
    </message>
    <message>
        <source>%1: a command this catalog does not know; the server will likely answer 500 or 502</source>
        <translation>%1: um comando que este catálogo não conhece; o servidor deve responder 500 ou 502</translation>
    </message>
    <message>
        <source>An empty line: not a command</source>
        <translation>Uma linha vazia: não é um comando</translation>
    </message>
    <message>
        <source>The address is written without angle brackets: the syntax is FROM:&lt;address&gt; and TO:&lt;address&gt;; a lenient server accepts it, a strict one answers 501</source>
        <translation>O endereço foi escrito sem os sinais de menor e maior: a sintaxe é FROM:&lt;endereço&gt; e TO:&lt;endereço&gt;; um servidor tolerante aceita, um rigoroso responde 501</translation>
    </message>
    <message>
        <source>The empty reverse path &lt;&gt;: a bounce or notification, which must never bounce itself</source>
        <translation>O caminho de retorno vazio &lt;&gt;: um aviso de não entrega (bounce) ou notificação, que nunca pode gerar outro bounce</translation>
    </message>
    <message>
        <source>SIZE=%1: the message size, announced so that the server can refuse a message too big before it is sent</source>
        <translation>SIZE=%1: o tamanho da mensagem, anunciado para que o servidor possa recusar uma mensagem grande demais antes do envio</translation>
    </message>
    <message>
        <source>BODY=%1: the body type (7BIT, 8BITMIME or BINARYMIME)</source>
        <translation>BODY=%1: o tipo do corpo (7BIT, 8BITMIME ou BINARYMIME)</translation>
    </message>
    <message>
        <source>SMTPUTF8: this message needs UTF-8 addresses or header fields</source>
        <translation>SMTPUTF8: esta mensagem precisa de endereços ou campos de cabeçalho em UTF-8</translation>
    </message>
    <message>
        <source>RET=%1: how much of the message a failure notice should return</source>
        <translation>RET=%1: quanto da mensagem um aviso de falha deve devolver</translation>
    </message>
    <message>
        <source>ENVID: an identifier the sender gives the envelope, quoted in notifications</source>
        <translation>ENVID: um identificador que o remetente dá ao envelope, citado nas notificações</translation>
    </message>
    <message>
        <source>NOTIFY=%1: when to send a delivery status notification</source>
        <translation>NOTIFY=%1: quando enviar uma notificação de status de entrega</translation>
    </message>
    <message>
        <source>ORCPT: the original recipient address, for notifications</source>
        <translation>ORCPT: o endereço original do destinatário, para as notificações</translation>
    </message>
    <message>
        <source>AUTH=: the identity that submitted the message</source>
        <translation>AUTH=: a identidade que submeteu a mensagem</translation>
    </message>
    <message>
        <source>REQUIRETLS: this message must travel over TLS on every hop</source>
        <translation>REQUIRETLS: esta mensagem precisa viajar sobre TLS em cada etapa</translation>
    </message>
    <message>
        <source>%1: a parameter this catalog does not describe</source>
        <translation>%1: um parâmetro que este catálogo não descreve</translation>
    </message>
    <message>
        <source>The first SASL message goes with the command (initial response); its secret part is masked</source>
        <translation>A primeira mensagem SASL vai junto com o comando (resposta inicial); a parte secreta está mascarada</translation>
    </message>
    <message>
        <source>A header field of the message (%1), part of the text after DATA</source>
        <translation>Um campo de cabeçalho da mensagem (%1), parte do texto depois do DATA</translation>
    </message>
    <message>
        <source>The continuation of a header field (folded: it starts with a space)</source>
        <translation>A continuação de um campo de cabeçalho (dobrado: começa com um espaço)</translation>
    </message>
    <message>
        <source>The blank line that separates the header from the body</source>
        <translation>A linha em branco que separa o cabeçalho do corpo</translation>
    </message>
    <message>
        <source>A line of the message body</source>
        <translation>Uma linha do corpo da mensagem</translation>
    </message>
    <message>
        <source>A body line that begins with a dot, sent with one extra dot (dot-stuffing); the server removes it</source>
        <translation>Uma linha do corpo que começa com ponto, enviada com um ponto a mais (dot-stuffing); o servidor o remove</translation>
    </message>
    <message>
        <source>The lone dot: the end of the message; the server now says whether it accepts it</source>
        <translation>O ponto sozinho na linha: o fim da mensagem; agora o servidor diz se a aceita</translation>
    </message>
    <message>
        <source>Bytes of a BDAT chunk: counted, not dot-stuffed, no terminating dot</source>
        <translation>Bytes de um bloco BDAT: contados, sem dot-stuffing e sem ponto final</translation>
    </message>
    <message>
        <source>CAPA: the CAPA command itself is available</source>
        <translation>CAPA: o próprio comando CAPA está disponível</translation>
    </message>
    <message>
        <source>VRFY is refused on this server, by policy</source>
        <translation>O VRFY é recusado neste servidor, por política</translation>
    </message>
    <message>
        <source>EXPN is refused on this server, by policy</source>
        <translation>O EXPN é recusado neste servidor, por política</translation>
    </message>
    <message>
        <source>%1 is refused: an obsolete command of RFC 821, removed from RFC 5321</source>
        <translation>%1 é recusado: um comando obsoleto da RFC 821, removido da RFC 5321</translation>
    </message>
    <message>
        <source>TURN let anyone collect the mail meant for a host; SEND, SOML and SAML wrote to the terminals of users logged in on the server. Servers today answer 502 (not implemented) or 500 (not recognized).</source>
        <translation>O TURN permitia que qualquer um recolhesse as mensagens destinadas a um host; SEND, SOML e SAML escreviam nos terminais dos usuários conectados ao servidor. Hoje os servidores respondem 502 (não implementado) ou 500 (não reconhecido).</translation>
    </message>
    <message>
        <source>There is a space after the colon: the syntax has none (FROM:&lt;address&gt;); many servers tolerate it</source>
        <translation>Há um espaço depois dos dois-pontos: a sintaxe não tem espaço (FROM:&lt;endereço&gt;); muitos servidores toleram</translation>
    </message>
    <message>
        <source>The server ended the line above with a bare LF instead of CR LF</source>
        <translation>O servidor terminou a linha acima com um LF sozinho, sem o CR antes</translation>
    </message>
    <message>
        <source>IMAP and POP3 lines end in CR LF. Some servers send only LF; Carteiro reads it as the end of the line and marks it here. Inside an IMAP literal bytes are counted, never read as line ends, and Carteiro itself always sends CR LF.</source>
        <translation>As linhas do IMAP e do POP3 terminam em CR LF. Alguns servidores mandam só LF; o Carteiro lê isso como fim de linha e marca aqui. Dentro de um literal IMAP os bytes são contados, nunca lidos como fim de linha, e o próprio Carteiro sempre envia CR LF.</translation>
    </message>
</context>
<context>
    <name>LocalMailbox</name>
    <message>
        <source>the mailbox of this message is no longer open</source>
        <translation>a caixa de correio desta mensagem não está mais aberta</translation>
    </message>
    <message>
        <source>%1: no message %2</source>
        <translation>%1: não há mensagem %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a local folder: give a name without &quot;/&quot;</source>
        <translation>&quot;%1&quot; não serve como nome de pasta local: use um nome sem &quot;/&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: it is not open</source>
        <translation>não foi possível gravar %1: o arquivo não está aberto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no mailbox: write mbox:PATH, maildir:PATH or mh:PATH</source>
        <translation>&quot;%1&quot; não indica nenhuma caixa de correio: escreva mbox:CAMINHO, maildir:CAMINHO ou mh:CAMINHO</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local mailbox kind: use mbox, maildir or mh</source>
        <translation>&quot;%1&quot; não é um tipo de caixa de correio local: use mbox, maildir ou mh</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: arquivo ou pasta inexistente</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: pasta inexistente</translation>
    </message>
    <message>
        <source>%1 is not a Maildir: it has no cur/ and new/ folders</source>
        <translation>%1 não é um Maildir: não tem as pastas cur/ e new/</translation>
    </message>
    <message>
        <source>cannot read %1: permission denied</source>
        <translation>não foi possível ler %1: permissão negada</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: arquivo inexistente</translation>
    </message>
    <message>
        <source>%1 is not a regular file: an mbox must be a file</source>
        <translation>%1 não é um arquivo comum: um mbox precisa ser um arquivo</translation>
    </message>
    <message>
        <source>cannot read %1 at byte %2: %3</source>
        <translation>não foi possível ler %1 no byte %2: %3</translation>
    </message>
    <message>
        <source>%1 is not an mbox: it does not begin with a &quot;From &quot; line (it begins with &quot;%2&quot;)</source>
        <translation>%1 não é um mbox: não começa com uma linha &quot;From &quot; (começa com &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: message %2 has no empty line after its header</source>
        <translation>%1: a mensagem %2 não tem linha vazia depois do cabeçalho</translation>
    </message>
    <message>
        <source>%1: message %2 is cut short: the file ends inside its header</source>
        <translation>%1: a mensagem %2 está truncada: o arquivo termina no meio do cabeçalho</translation>
    </message>
    <message>
        <source>%1: message %2 says Content-Length: %3 but the file ends %4 bytes after its header (cut short?)</source>
        <translation>%1: a mensagem %2 diz Content-Length: %3, mas o arquivo termina %4 bytes depois do cabeçalho (truncado?)</translation>
    </message>
    <message>
        <source>%1: message %2 could not be read whole (%3 of %4 bytes): the file changed?</source>
        <translation>%1: não foi possível ler a mensagem %2 inteira (%3 de %4 bytes): o arquivo mudou?</translation>
    </message>
    <message>
        <source>.mh_sequences line %1 has no &quot;name:&quot;</source>
        <translation>a linha %1 do .mh_sequences não tem &quot;nome:&quot;</translation>
    </message>
    <message>
        <source>.mh_sequences line %1: &quot;%2&quot; is not a message number or range</source>
        <translation>linha %1 do .mh_sequences: &quot;%2&quot; não é um número nem um intervalo de mensagens</translation>
    </message>
    <message>
        <source>%1 is not an MH folder: it is a file</source>
        <translation>%1 não é uma pasta MH: é um arquivo</translation>
    </message>
    <message>
        <source>%1 is not an MH folder: it holds no numbered message files and no .mh_sequences</source>
        <translation>%1 não é uma pasta MH: não contém arquivos de mensagem numerados nem .mh_sequences</translation>
    </message>
</context>
<context>
    <name>MailTransfer</name>
    <message>
        <source>%1: no answer after %2 s</source>
        <translation>%1: sem resposta depois de %2 s</translation>
    </message>
    <message>
        <source>message %1 (&quot;%2&quot;)</source>
        <translation>mensagem %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Another copy is still running: wait for it or cancel it.</source>
        <translation>Outra cópia ainda está em andamento: espere que termine ou cancele-a.</translation>
    </message>
    <message>
        <source>There is no message to copy.</source>
        <translation>Não há mensagem para copiar.</translation>
    </message>
    <message>
        <source>A mailbox opened from disk is never changed: copy its messages instead of moving them.</source>
        <translation>Uma caixa de correio aberta do disco nunca é alterada: copie as mensagens em vez de movê-las.</translation>
    </message>
    <message>
        <source>The account of these messages is not open.</source>
        <translation>A conta destas mensagens não está aberta.</translation>
    </message>
    <message>
        <source>The account of the target folder is not open.</source>
        <translation>A conta da pasta de destino não está aberta.</translation>
    </message>
    <message>
        <source>No file was chosen for the export.</source>
        <translation>Nenhum arquivo foi escolhido para a exportação.</translation>
    </message>
    <message>
        <source>Stopped by you after %1 of %2 messages.</source>
        <translation>Interrompido por você depois de %1 de %2 mensagens.</translation>
    </message>
    <message>
        <source>Reading %1: %2</source>
        <translation>Lendo %1: %2</translation>
    </message>
    <message>
        <source>Copying %1: %2</source>
        <translation>Copiando %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Save &quot;%1&quot; in folder</source>
        <translation>Salvar &quot;%1&quot; na pasta</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; would leave the folder.</source>
        <translation>O nome &quot;%1&quot; levaria para fora da pasta.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>Não é possível criar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Não é possível gravar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No free file name for &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Não há nome de arquivo livre para &quot;%1&quot; em &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Mime</name>
    <message>
        <source>the address is empty</source>
        <translation>o endereço está vazio</translation>
    </message>
    <message>
        <source>quoted local parts are not supported</source>
        <translation>parte local entre aspas não é suportada</translation>
    </message>
    <message>
        <source>spaces or control characters inside the address</source>
        <translation>espaços ou caracteres de controle dentro do endereço</translation>
    </message>
    <message>
        <source>missing @</source>
        <translation>falta o @</translation>
    </message>
    <message>
        <source>more than one @ (more than one address?)</source>
        <translation>mais de um @ (mais de um endereço?)</translation>
    </message>
    <message>
        <source>empty local part before @</source>
        <translation>parte local vazia antes do @</translation>
    </message>
    <message>
        <source>empty domain after @</source>
        <translation>domínio vazio depois do @</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; is not allowed in the local part</source>
        <translation>o caractere &apos;%1&apos; não é permitido na parte local</translation>
    </message>
    <message>
        <source>misplaced dot in the local part</source>
        <translation>ponto fora de lugar na parte local</translation>
    </message>
    <message>
        <source>local part longer than 64 octets (RFC 5321)</source>
        <translation>parte local com mais de 64 octetos (RFC 5321)</translation>
    </message>
    <message>
        <source>empty address literal</source>
        <translation>literal de endereço vazio</translation>
    </message>
    <message>
        <source>invalid address literal</source>
        <translation>literal de endereço inválido</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; is not allowed in the domain</source>
        <translation>o caractere &apos;%1&apos; não é permitido no domínio</translation>
    </message>
    <message>
        <source>misplaced dot in the domain</source>
        <translation>ponto fora de lugar no domínio</translation>
    </message>
    <message>
        <source>the domain is not a valid (internationalised) host name</source>
        <translation>o domínio não é um nome de host (internacionalizado) válido</translation>
    </message>
    <message>
        <source>domain longer than 253 octets</source>
        <translation>domínio com mais de 253 octetos</translation>
    </message>
    <message>
        <source>invalid domain label &quot;%1&quot;</source>
        <translation>rótulo de domínio inválido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Invalid address &quot;%1&quot;: %2</source>
        <translation>Endereço inválido &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>unbalanced quotes</source>
        <translation>aspas desbalanceadas</translation>
    </message>
    <message>
        <source>more than one address</source>
        <translation>mais de um endereço</translation>
    </message>
    <message>
        <source>unbalanced angle brackets &lt; &gt;</source>
        <translation>sinais &lt; &gt; desbalanceados</translation>
    </message>
    <message>
        <source>more than one address (a display name with a comma must be quoted)</source>
        <translation>mais de um endereço (um nome de exibição com vírgula precisa estar entre aspas)</translation>
    </message>
    <message>
        <source>unexpected text after &apos;&gt;&apos;</source>
        <translation>texto inesperado depois de &apos;&gt;&apos;</translation>
    </message>
    <message>
        <source>display name %1</source>
        <translation>o nome de exibição %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; %3</source>
        <translation>%1 &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; has no usable file name</source>
        <translation>O anexo &quot;%1&quot; não tem um nome de arquivo utilizável</translation>
    </message>
    <message>
        <source>Attachment name &quot;%1&quot; %2</source>
        <translation>O nome do anexo &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contém um caractere de controle</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot;: invalid MIME type &quot;%2&quot;</source>
        <translation>Anexo &quot;%1&quot;: tipo MIME inválido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The message has no sender (From)</source>
        <translation>A mensagem não tem remetente (From)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Invalid Message-ID domain &quot;%1&quot;</source>
        <translation>Domínio inválido para o Message-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot write the message to &quot;%1&quot;: %2</source>
        <translation>Não é possível gravar a mensagem em &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Internal error: the composed message has a line longer than 998 octets or a bare CR/LF</source>
        <translation>Erro interno: a mensagem composta tem uma linha com mais de 998 octetos ou um CR/LF isolado</translation>
    </message>
    <message>
        <source>Could not compose the message: %1</source>
        <translation>Não foi possível compor a mensagem: %1</translation>
    </message>
    <message>
        <source>Header line of %1 bytes at byte %2 exceeds the limit of %3 bytes</source>
        <translation>Linha de cabeçalho de %1 bytes no byte %2 excede o limite de %3 bytes</translation>
    </message>
    <message>
        <source>Folded header field at byte %1 exceeds the limit of %2 bytes</source>
        <translation>Campo de cabeçalho dobrado no byte %1 excede o limite de %2 bytes</translation>
    </message>
    <message>
        <source>Header line without a colon at byte %1 ignored</source>
        <translation>Linha de cabeçalho sem dois-pontos no byte %1 ignorada</translation>
    </message>
    <message>
        <source>Duplicate %1 field: the first one is used</source>
        <translation>Campo %1 duplicado: vale o primeiro</translation>
    </message>
    <message>
        <source>Parameter without a value ignored</source>
        <translation>Parâmetro sem valor ignorado</translation>
    </message>
    <message>
        <source>Unterminated quoted parameter value</source>
        <translation>Valor de parâmetro entre aspas não terminado</translation>
    </message>
    <message>
        <source>Duplicate parameter &quot;%1&quot;: the first one is used</source>
        <translation>Parâmetro &quot;%1&quot; duplicado: vale o primeiro</translation>
    </message>
    <message>
        <source>RFC 2231 continuation of &quot;%1&quot; has a gap: stopped at section %2</source>
        <translation>A continuação RFC 2231 de &quot;%1&quot; tem uma lacuna: parou na seção %2</translation>
    </message>
    <message>
        <source>RFC 2231 value of &quot;%1&quot; has no charset&apos;language&apos; prefix</source>
        <translation>O valor RFC 2231 de &quot;%1&quot; não tem o prefixo charset&apos;language&apos;</translation>
    </message>
    <message>
        <source>Unknown charset &quot;%1&quot; in parameter &quot;%2&quot;</source>
        <translation>Charset desconhecido &quot;%1&quot; no parâmetro &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Unknown charset in parameter &quot;%1&quot;</source>
        <translation>Charset desconhecido no parâmetro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>contains a line break (CR or LF)</source>
        <translation>contém uma quebra de linha (CR ou LF)</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contém um caractere NUL</translation>
    </message>
    <message>
        <source>More than %1 MIME parts (limit reached at byte %2)</source>
        <translation>Mais de %1 partes MIME (limite atingido no byte %2)</translation>
    </message>
    <message>
        <source>MIME parts nested deeper than %1 levels (at byte %2)</source>
        <translation>Partes MIME aninhadas em mais de %1 níveis (no byte %2)</translation>
    </message>
    <message>
        <source>Invalid Content-Type &quot;%1&quot;: read as text/plain</source>
        <translation>Content-Type inválido &quot;%1&quot;: lido como text/plain</translation>
    </message>
    <message>
        <source>Unknown Content-Transfer-Encoding &quot;%1&quot;: body left as it is</source>
        <translation>Content-Transfer-Encoding desconhecido &quot;%1&quot;: corpo mantido como está</translation>
    </message>
    <message>
        <source>Multipart without a usable boundary: read as one body</source>
        <translation>Multipart sem boundary utilizável: lido como um único corpo</translation>
    </message>
    <message>
        <source>No part delimiter found for boundary &quot;%1&quot;</source>
        <translation>Nenhum delimitador de parte encontrado para o boundary &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Missing closing boundary: the last part runs to the end</source>
        <translation>Falta o boundary de fechamento: a última parte vai até o fim</translation>
    </message>
    <message>
        <source>Cannot read message &quot;%1&quot;: %2</source>
        <translation>Não é possível ler a mensagem &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The part&apos;s byte range does not fit message &quot;%1&quot;</source>
        <translation>O intervalo de bytes da parte não cabe na mensagem &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot write the decoded part: %1</source>
        <translation>Não é possível gravar a parte decodificada: %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>Cannot read attachment &quot;%1&quot;: %2</source>
        <translation>Não é possível ler o anexo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a message identifier like &lt;id@host&gt; (RFC 5322 3.6.4)</source>
        <translation>%1 &quot;%2&quot; não é um identificador de mensagem como &lt;id@host&gt; (RFC 5322 3.6.4)</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;: %2</source>
        <translation>Não é possível ler o anexo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Attached message &quot;%1&quot; contains a NUL character; a message/rfc822 part cannot be encoded (RFC 2046 5.2.1)</source>
        <translation>A mensagem anexada &quot;%1&quot; contém um caractere NUL; uma parte message/rfc822 não pode ser codificada (RFC 2046 5.2.1)</translation>
    </message>
    <message>
        <source>Attached message &quot;%1&quot; has a line of %2 octets (at most 998 allowed); a message/rfc822 part cannot be encoded (RFC 2046 5.2.1)</source>
        <translation>A mensagem anexada &quot;%1&quot; tem uma linha de %2 octetos (o máximo permitido é 998); uma parte message/rfc822 não pode ser codificada (RFC 2046 5.2.1)</translation>
    </message>
    <message>
        <source>In-Reply-To</source>
        <translation>In-Reply-To</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Text after the part delimiter at byte %1 ignored (the delimiter line still starts a part)</source>
        <translation>Texto depois do delimitador de parte no byte %1 ignorado (a linha do delimitador ainda abre uma parte)</translation>
    </message>
    <message>
        <source>base64 text after the padding at byte %1 was not decoded (RFC 2045 §6.8: the padding ends the data)</source>
        <translation>texto base64 depois do preenchimento no byte %1 não foi decodificado (RFC 2045 §6.8: o preenchimento encerra os dados)</translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>the server sent a bare CR inside a line</source>
        <translation>o servidor enviou um CR isolado no meio de uma linha</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>o servidor enviou uma linha com mais de %1 bytes</translation>
    </message>
    <message>
        <source>the server ended a line with a bare LF</source>
        <translation>o servidor terminou uma linha com um LF isolado (sem CR)</translation>
    </message>
</context>
<context>
    <name>OpusVoiceEncoder</name>
    <message>
        <source>Opus cannot encode %1 Hz audio.</source>
        <translation>O Opus não codifica áudio de %1 Hz.</translation>
    </message>
    <message>
        <source>The Opus encoder did not start: %1</source>
        <translation>O codificador Opus não iniciou: %1</translation>
    </message>
    <message>
        <source>This build of Carteiro has no Opus encoder.</source>
        <translation>Esta compilação do Carteiro não tem codificador Opus.</translation>
    </message>
    <message>
        <source>The Opus encoder refused part of the recording.</source>
        <translation>O codificador Opus recusou parte da gravação.</translation>
    </message>
</context>
<context>
    <name>OutboxPolicy</name>
    <message>
        <source>Carteiro stopped after the whole message was sent and before the server&apos;s reply; it may have been accepted</source>
        <translation>O Carteiro parou depois de enviar a mensagem inteira e antes da resposta do servidor; ela pode ter sido aceita</translation>
    </message>
    <message>
        <source>some recipients were refused: %1</source>
        <translation>alguns destinatários foram recusados: %1</translation>
    </message>
    <message>
        <source>the connection dropped after the whole message was sent and before the server&apos;s reply; it may have been accepted: %1</source>
        <translation>a conexão caiu depois do envio da mensagem inteira e antes da resposta do servidor; ela pode ter sido aceita: %1</translation>
    </message>
</context>
<context>
    <name>PlainError</name>
    <message>
        <source>the server</source>
        <translation>o servidor</translation>
    </message>
    <message>
        <source>Connection refused on %1: is the port right, and is the server running?</source>
        <translation>Conexão recusada em %1: a porta está certa, e o servidor está no ar?</translation>
    </message>
    <message>
        <source>The server name %1 was not found: check its spelling in the account settings, and the network.</source>
        <translation>O nome do servidor %1 não foi encontrado: confira a grafia nas configurações da conta, e a rede.</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(nenhum informado)</translation>
    </message>
    <message>
        <source>The network to %1 is unreachable: check that this computer is online.</source>
        <translation>A rede até %1 está inacessível: confira se este computador está conectado.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s: check the server name and port, or a firewall in the way.</source>
        <translation>Sem conexão com %1 em %2 s: confira o nome do servidor e a porta, ou um firewall no caminho.</translation>
    </message>
    <message>
        <source>No connection to %1 in time: check the server name and port, or a firewall in the way.</source>
        <translation>Sem conexão com %1 a tempo: confira o nome do servidor e a porta, ou um firewall no caminho.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s: try again later, or check that the port belongs to this protocol.</source>
        <translation>O servidor não respondeu em %1 s: tente de novo mais tarde, ou confira se a porta é deste protocolo.</translation>
    </message>
    <message>
        <source>The server did not answer in time: try again later, or check that the port belongs to this protocol.</source>
        <translation>O servidor não respondeu a tempo: tente de novo mais tarde, ou confira se a porta é deste protocolo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1): check the server name; trust the certificate only if you know it is the right one.</source>
        <translation>O certificado do servidor não é confiável (%1): confira o nome do servidor; confie no certificado só se souber que é o certo.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed (%2): check the security setting for this port (STARTTLS on 587/143/110, TLS on 465/993/995).</source>
        <translation>A conexão segura (TLS) com %1 falhou (%2): confira a segurança escolhida para esta porta (STARTTLS em 587/143/110, TLS em 465/993/995).</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, which this account requires: use the port with TLS (465, 993 or 995) or ask the server&apos;s administrator. No password was sent.</source>
        <translation>O servidor não oferece STARTTLS, que esta conta exige: use a porta com TLS (465, 993 ou 995) ou fale com o administrador do servidor. Nenhuma senha foi enviada.</translation>
    </message>
    <message>
        <source>Carteiro does not send a password over an unencrypted connection: turn on TLS or STARTTLS in the account settings.</source>
        <translation>O Carteiro não envia senha por uma conexão sem criptografia: ative TLS ou STARTTLS nas configurações da conta.</translation>
    </message>
    <message>
        <source>The server and Carteiro have no login method in common (%1): choose another method in the account settings.</source>
        <translation>O servidor e o Carteiro não têm método de login em comum (%1): escolha outro método nas configurações da conta.</translation>
    </message>
    <message>
        <source>The server refused the login: &quot;%1&quot;. Check the user name and the password.</source>
        <translation>O servidor recusou o login: &quot;%1&quot;. Confira o nome de usuário e a senha.</translation>
    </message>
    <message>
        <source>The server closed the connection%1: try again; if it keeps happening, check the port and the security setting.</source>
        <translation>O servidor fechou a conexão%1: tente de novo; se continuar acontecendo, confira a porta e a segurança escolhida.</translation>
    </message>
    <message>
        <source> (during %1)</source>
        <translation> (durante %1)</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>A conexão com %1 falhou.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>A conexão com %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 refused to pass the message on to %2: a mail server takes mail for other domains only from its own users, once they have logged in (otherwise it would be an open relay). Send through your own provider&apos;s submission server (port 587 with STARTTLS, or 465) with your user name and password; a domain&apos;s port 25 takes mail only for that domain.</source>
        <translation>%1 se recusou a repassar a mensagem para %2: um servidor de e-mail só aceita mensagens para outros domínios dos seus próprios usuários, depois que eles fazem login (senão seria um relay aberto). Envie pelo servidor de submissão do seu provedor (porta 587 com STARTTLS, ou 465), com seu nome de usuário e senha; a porta 25 de um domínio só recebe mensagens para aquele domínio.</translation>
    </message>
    <message>
        <source>a recipient outside its domains</source>
        <translation>um destinatário fora dos seus domínios</translation>
    </message>
</context>
<context>
    <name>Pop3</name>
    <message>
        <source>the message is larger than %1 bytes</source>
        <translation>a mensagem tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>%1: the server reported success before completing the exchange</source>
        <translation>%1: o servidor informou sucesso antes de concluir a troca</translation>
    </message>
    <message>
        <source>APOP was requested but the greeting carries no timestamp</source>
        <translation>APOP foi solicitado, mas a saudação não traz o carimbo de tempo (timestamp)</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>falha na autenticação: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>message %1 is in the UIDL listing but not in the LIST listing</source>
        <translation>a mensagem %1 está na listagem do UIDL, mas não na do LIST</translation>
    </message>
    <message>
        <source>no authentication method in common: the server offers neither USER nor a usable SASL mechanism (%1)</source>
        <translation>nenhum método de autenticação em comum: o servidor não oferece USER nem um mecanismo SASL utilizável (%1)</translation>
    </message>
    <message>
        <source>no usable authentication mechanism (server offers %1): %2</source>
        <translation>nenhum mecanismo de autenticação utilizável (o servidor oferece %1): %2</translation>
    </message>
    <message>
        <source>no user name was given</source>
        <translation>nenhum nome de usuário foi informado</translation>
    </message>
    <message>
        <source>protocol error: the server answered &quot;%1&quot;, which is neither +OK nor -ERR</source>
        <translation>erro de protocolo: o servidor respondeu &quot;%1&quot;, que não é +OK nem -ERR</translation>
    </message>
    <message>
        <source>refusing to send credentials over an unencrypted connection</source>
        <translation>recusando-se a enviar credenciais por uma conexão sem criptografia</translation>
    </message>
    <message>
        <source>the UIDL listing has %1 messages but the LIST listing has %2</source>
        <translation>a listagem do UIDL tem %1 mensagens, mas a do LIST tem %2</translation>
    </message>
    <message>
        <source>the connection closed before the answer to QUIT; the messages marked for deletion may or may not have been removed: %1</source>
        <translation>a conexão foi fechada antes da resposta ao QUIT; as mensagens marcadas para exclusão podem ou não ter sido removidas: %1</translation>
    </message>
    <message>
        <source>the server could not finish the session: %1</source>
        <translation>o servidor não conseguiu concluir a sessão: %1</translation>
    </message>
    <message>
        <source>the server does not offer STLS, which this account requires; no credentials were sent</source>
        <translation>o servidor não oferece STLS, exigido por esta conta; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>the server offers no SASL mechanism (no SASL line in its CAPA reply)</source>
        <translation>o servidor não oferece mecanismo SASL (não há linha SASL na resposta ao CAPA)</translation>
    </message>
    <message>
        <source>the server refused STLS: %1; no credentials were sent</source>
        <translation>o servidor recusou o STLS: %1; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation>o servidor recusou a conexão: %1</translation>
    </message>
    <message>
        <source>the server sent a malformed LIST line: &quot;%1&quot;</source>
        <translation>o servidor enviou uma linha de LIST malformada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server sent a malformed UIDL line: &quot;%1&quot;</source>
        <translation>o servidor enviou uma linha de UIDL malformada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server sent data out of turn: &quot;%1&quot;</source>
        <translation>o servidor enviou dados fora da vez: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server sent data out of turn: %1</source>
        <translation>o servidor enviou dados fora da vez: %1</translation>
    </message>
    <message>
        <source>the server&apos;s listing does not end (more than %1 lines or %2 bytes)</source>
        <translation>a listagem do servidor não termina (mais de %1 linhas ou %2 bytes)</translation>
    </message>
    <message>
        <source>the user name or password contains CR, LF or NUL</source>
        <translation>o nome de usuário ou a senha contém CR, LF ou NUL</translation>
    </message>
    <message>
        <source>unexpected reply %1</source>
        <translation>resposta inesperada %1</translation>
    </message>
    <message>
        <source>a message without a unique-id cannot be stored</source>
        <translation>não é possível armazenar uma mensagem sem unique-id (UIDL)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>the mail store is not open</source>
        <translation>o armazenamento de mensagens não está aberto</translation>
    </message>
    <message>
        <source>cannot store the message %1: %2</source>
        <translation>não é possível armazenar a mensagem %1: %2</translation>
    </message>
    <message>
        <source>APOP failed: %1; the server offers no USER/PASS to try instead</source>
        <translation>APOP falhou: %1; o servidor não oferece USER/PASS para tentar no lugar</translation>
    </message>
    <message>
        <source>APOP failed: %1. Without TLS Carteiro does not try USER/PASS, which would send the password in clear; use TLS, or check the password</source>
        <translation>APOP falhou: %1. Sem TLS o Carteiro não tenta USER/PASS, que mandaria a senha às claras; use TLS ou confira a senha</translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <source>it is not a complete address (local-part@domain)</source>
        <translation>não é um endereço completo (parte-local@domínio)</translation>
    </message>
    <message>
        <source>Left out the address &quot;%1&quot;: %2</source>
        <translation>O endereço &quot;%1&quot; foi deixado de fora: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>Could not read the addresses &quot;%1&quot;: %2</source>
        <translation>Não foi possível ler os endereços &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot read the original message: %1</source>
        <translation>Não é possível ler a mensagem original: %1</translation>
    </message>
    <message>
        <source>The message has no usable From or Reply-To address to reply to.</source>
        <translation>A mensagem não tem endereço From ou Reply-To utilizável para a resposta.</translation>
    </message>
    <message>
        <source>The original message has no Message-ID: the reply cannot name it (In-Reply-To).</source>
        <translation>A mensagem original não tem Message-ID: a resposta não pode referenciá-la (In-Reply-To).</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 escreveu:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Em %1, %2 escreveu:</translation>
    </message>
    <message>
        <source>---------- Forwarded message ---------</source>
        <translation>---------- Mensagem encaminhada ---------</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
</context>
<context>
    <name>ReplyCatalog</name>
    <message>
        <source>System status, or system help reply</source>
        <translation>Status do sistema ou resposta de ajuda do sistema</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Mensagem de ajuda</translation>
    </message>
    <message>
        <source>Information on how to use the receiver or the meaning of a particular non-standard command; this reply is useful only to the human user</source>
        <translation>Informações sobre como usar o servidor receptor ou sobre o significado de um comando não padronizado; esta resposta só é útil para o usuário humano</translation>
    </message>
    <message>
        <source>Service ready</source>
        <translation>Serviço pronto</translation>
    </message>
    <message>
        <source>Service closing transmission channel</source>
        <translation>Serviço encerrando o canal de transmissão</translation>
    </message>
    <message>
        <source>Authentication succeeded</source>
        <translation>Autenticação bem-sucedida</translation>
    </message>
    <message>
        <source>Requested mail action okay, completed</source>
        <translation>Ação de correio solicitada concluída com sucesso</translation>
    </message>
    <message>
        <source>User not local; will forward to &lt;forward-path&gt;</source>
        <translation>Usuário não local; a mensagem será encaminhada para &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>Cannot VRFY user, but will accept message and attempt delivery</source>
        <translation>Não é possível verificar (VRFY) o usuário, mas a mensagem será aceita e a entrega será tentada</translation>
    </message>
    <message>
        <source>Server challenge: continue the authentication exchange</source>
        <translation>Desafio do servidor: continue a troca de autenticação</translation>
    </message>
    <message>
        <source>The text of the reply is the challenge of the SASL mechanism, encoded in base64</source>
        <translation>O texto da resposta é o desafio do mecanismo SASL, codificado em base64</translation>
    </message>
    <message>
        <source>Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;</source>
        <translation>Inicie a entrada da mensagem; termine com &lt;CRLF&gt;.&lt;CRLF&gt;</translation>
    </message>
    <message>
        <source>Service not available, closing transmission channel</source>
        <translation>Serviço indisponível, encerrando o canal de transmissão</translation>
    </message>
    <message>
        <source>This may be a reply to any command if the service knows it must shut down</source>
        <translation>Pode ser a resposta a qualquer comando, se o serviço souber que precisa ser desligado</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>É necessária uma transição de senha</translation>
    </message>
    <message>
        <source>Requested mail action not taken: mailbox unavailable</source>
        <translation>Ação de correio solicitada não executada: caixa postal indisponível</translation>
    </message>
    <message>
        <source>E.g., mailbox busy or temporarily blocked for policy reasons</source>
        <translation>Por exemplo, caixa postal ocupada ou temporariamente bloqueada por motivos de política</translation>
    </message>
    <message>
        <source>Requested action aborted: local error in processing</source>
        <translation>Ação solicitada abortada: erro local no processamento</translation>
    </message>
    <message>
        <source>Requested action not taken: insufficient system storage</source>
        <translation>Ação solicitada não executada: armazenamento insuficiente no sistema</translation>
    </message>
    <message>
        <source>Temporary authentication failure</source>
        <translation>Falha temporária de autenticação</translation>
    </message>
    <message>
        <source>In reply to STARTTLS: TLS not available due to temporary reason (RFC 3207)</source>
        <translation>Em resposta ao STARTTLS: TLS indisponível por motivo temporário (RFC 3207)</translation>
    </message>
    <message>
        <source>Server unable to accommodate parameters</source>
        <translation>O servidor não consegue acomodar os parâmetros</translation>
    </message>
    <message>
        <source>Syntax error, command unrecognized</source>
        <translation>Erro de sintaxe, comando não reconhecido</translation>
    </message>
    <message>
        <source>This may include errors such as command line too long</source>
        <translation>Pode incluir erros como linha de comando longa demais</translation>
    </message>
    <message>
        <source>Syntax error in parameters or arguments</source>
        <translation>Erro de sintaxe nos parâmetros ou argumentos</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <translation>Comando não implementado</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <translation>Sequência de comandos incorreta</translation>
    </message>
    <message>
        <source>Command parameter not implemented</source>
        <translation>Parâmetro de comando não implementado</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <translation>O host não aceita correio</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Autenticação obrigatória</translation>
    </message>
    <message>
        <source>On a server that requires TLS first: Must issue a STARTTLS command first (RFC 3207)</source>
        <translation>Em um servidor que exige TLS antes: é preciso enviar primeiro o comando STARTTLS (RFC 3207)</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>O mecanismo de autenticação é fraco demais</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Credenciais de autenticação inválidas</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Criptografia obrigatória para o mecanismo de autenticação solicitado</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox unavailable</source>
        <translation>Ação solicitada não executada: caixa postal indisponível</translation>
    </message>
    <message>
        <source>E.g., mailbox not found, no access, or command rejected for policy reasons</source>
        <translation>Por exemplo, caixa postal não encontrada, sem acesso ou comando rejeitado por motivos de política</translation>
    </message>
    <message>
        <source>User not local; please try &lt;forward-path&gt;</source>
        <translation>Usuário não local; tente &lt;forward-path&gt;</translation>
    </message>
    <message>
        <source>Requested mail action aborted: exceeded storage allocation</source>
        <translation>Ação de correio solicitada abortada: cota de armazenamento excedida</translation>
    </message>
    <message>
        <source>Requested action not taken: mailbox name not allowed</source>
        <translation>Ação solicitada não executada: nome de caixa postal não permitido</translation>
    </message>
    <message>
        <source>E.g., mailbox syntax incorrect</source>
        <translation>Por exemplo, sintaxe incorreta da caixa postal</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Falha na transação</translation>
    </message>
    <message>
        <source>Or, in the case of a connection-opening response, &quot;No SMTP service here&quot;</source>
        <translation>Ou, como resposta na abertura da conexão, &quot;Não há serviço SMTP aqui&quot;</translation>
    </message>
    <message>
        <source>MAIL FROM/RCPT TO parameters not recognized or not implemented</source>
        <translation>Parâmetros de MAIL FROM/RCPT TO não reconhecidos ou não implementados</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <translation>O domínio não aceita correio</translation>
    </message>
    <message>
        <source>Positive Preliminary reply</source>
        <translation>Resposta preliminar positiva</translation>
    </message>
    <message>
        <source>Positive Completion reply</source>
        <translation>Resposta de conclusão positiva</translation>
    </message>
    <message>
        <source>Positive Intermediate reply</source>
        <translation>Resposta intermediária positiva</translation>
    </message>
    <message>
        <source>Transient Negative Completion reply</source>
        <translation>Resposta de conclusão negativa transitória</translation>
    </message>
    <message>
        <source>Permanent Negative Completion reply</source>
        <translation>Resposta de conclusão negativa permanente</translation>
    </message>
    <message>
        <source>Syntax: syntax errors, unimplemented or superfluous commands</source>
        <translation>Sintaxe: erros de sintaxe, comandos não implementados ou supérfluos</translation>
    </message>
    <message>
        <source>Information: replies to requests for information, such as status or help</source>
        <translation>Informação: respostas a pedidos de informação, como status ou ajuda</translation>
    </message>
    <message>
        <source>Connections: replies referring to the transmission channel</source>
        <translation>Conexões: respostas referentes ao canal de transmissão</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Não especificado</translation>
    </message>
    <message>
        <source>Mail system: status of the receiver mail system for the requested action</source>
        <translation>Sistema de correio: situação do sistema de correio receptor quanto à ação solicitada</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Persistent Transient Failure</source>
        <translation>Falha transitória persistente</translation>
    </message>
    <message>
        <source>Permanent Failure</source>
        <translation>Falha permanente</translation>
    </message>
    <message>
        <source>Other or Undefined Status</source>
        <translation>Status outro ou indefinido</translation>
    </message>
    <message>
        <source>Addressing Status</source>
        <translation>Status de endereçamento</translation>
    </message>
    <message>
        <source>Mailbox Status</source>
        <translation>Status da caixa postal</translation>
    </message>
    <message>
        <source>Mail System Status</source>
        <translation>Status do sistema de correio</translation>
    </message>
    <message>
        <source>Network and Routing Status</source>
        <translation>Status de rede e roteamento</translation>
    </message>
    <message>
        <source>Mail Delivery Protocol Status</source>
        <translation>Status do protocolo de entrega de correio</translation>
    </message>
    <message>
        <source>Message Content or Media Status</source>
        <translation>Status do conteúdo ou da mídia da mensagem</translation>
    </message>
    <message>
        <source>Security or Policy Status</source>
        <translation>Status de segurança ou de política</translation>
    </message>
    <message>
        <source>Other undefined Status</source>
        <translation>Outro status indefinido</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Outro status de endereço</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Endereço de caixa postal de destino inválido</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Endereço de sistema de destino inválido</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Sintaxe inválida no endereço da caixa postal de destino</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Endereço da caixa postal de destino ambíguo</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Endereço de destino válido</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, No forwarding address</source>
        <translation>A caixa postal de destino mudou, sem endereço para encaminhamento</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Sintaxe inválida no endereço da caixa postal do remetente</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Endereço de sistema do remetente inválido</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Mensagem repassada a um servidor de correio não compatível</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>O endereço do destinatário tem MX nulo</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Status de caixa postal outro ou indefinido</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Caixa postal desativada, não aceita mensagens</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Caixa postal cheia</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>O tamanho da mensagem excede o limite administrativo</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problema na expansão da lista de discussão</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Status do sistema de correio outro ou indefinido</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Sistema de correio cheio</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>O sistema não está aceitando mensagens da rede</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>O sistema não suporta os recursos selecionados</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Mensagem grande demais para o sistema</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>Sistema configurado incorretamente</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>A prioridade solicitada foi alterada</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Status de rede ou roteamento outro ou indefinido</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Nenhuma resposta do host</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Conexão ruim</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Falha no servidor de diretório</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Não foi possível rotear</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Congestionamento no sistema de correio</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Laço de roteamento detectado</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Prazo de entrega expirado</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Status de protocolo outro ou indefinido</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Comando inválido</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erro de sintaxe</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Destinatários demais</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Argumentos de comando inválidos</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Versão de protocolo errada</translation>
    </message>
    <message>
        <source>Authentication Exchange line is too long</source>
        <translation>Linha da troca de autenticação longa demais</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Erro de mídia outro ou indefinido</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Mídia não suportada</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Conversão necessária, mas proibida</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Conversão necessária, mas não suportada</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Conversão realizada com perda</translation>
    </message>
    <message>
        <source>Conversion Failed</source>
        <translation>A conversão falhou</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Conteúdo da mensagem indisponível</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Endereços não ASCII não são permitidos para esse remetente/destinatário</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation>É necessária uma resposta com texto UTF-8, mas o cliente SMTP não a permite</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected</source>
        <translation>A mensagem com cabeçalhos UTF-8 não pode ser transferida a um ou mais destinatários, então precisa ser rejeitada</translation>
    </message>
    <message>
        <source>Deprecated duplicate of X.6.8 (UTF-8 string reply required)</source>
        <translation>Duplicata obsoleta de X.6.8 (resposta UTF-8 necessária)</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Status de segurança outro ou indefinido</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Entrega não autorizada, mensagem recusada</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Expansão de lista de discussão proibida</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Conversão de segurança necessária, mas impossível</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Recursos de segurança não suportados</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Falha criptográfica</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algoritmo criptográfico não suportado</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Falha de integridade da mensagem</translation>
    </message>
    <message>
        <source>Encryption Needed</source>
        <translation>Criptografia necessária</translation>
    </message>
    <message>
        <source>User Account Disabled</source>
        <translation>Conta de usuário desativada</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Relação de confiança necessária</translation>
    </message>
    <message>
        <source>Priority Level is too low</source>
        <translation>Nível de prioridade baixo demais</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Mensagem grande demais para a prioridade especificada</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>O dono da caixa postal mudou</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>O dono do domínio mudou</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>O teste RRVS não pôde ser concluído</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Nenhuma assinatura DKIM aprovada encontrada</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Nenhuma assinatura DKIM aceitável encontrada</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Nenhuma assinatura DKIM válida correspondente ao autor encontrada</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>Falha na validação SPF</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>Erro na validação SPF</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Falha na validação do DNS reverso</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Várias verificações de autenticação falharam</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <translation>O endereço do remetente tem MX nulo</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Inundação de mensagens detectada</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <translation>Falha na validação ARC</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>É necessário suporte a REQUIRETLS</translation>
    </message>
    <message>
        <source>Originator address valid</source>
        <translation>Endereço do remetente válido</translation>
    </message>
    <message>
        <source>Message accepted</source>
        <translation>Mensagem aceita</translation>
    </message>
    <message>
        <source>Special alert that must be presented to the user</source>
        <translation>Alerta especial que precisa ser mostrado ao usuário</translation>
    </message>
    <message>
        <source>SEARCH failed because the given charset is not supported (may list the supported ones)</source>
        <translation>A busca (SEARCH) falhou porque o conjunto de caracteres informado não é suportado (pode listar os suportados)</translation>
    </message>
    <message>
        <source>Followed by the list of capabilities of the server</source>
        <translation>Seguido da lista de capacidades do servidor</translation>
    </message>
    <message>
        <source>Error parsing the RFC 2822 or MIME headers of a message in the mailbox</source>
        <translation>Erro ao analisar os cabeçalhos RFC 2822 ou MIME de uma mensagem da caixa postal</translation>
    </message>
    <message>
        <source>Followed by the list of flags the client can change permanently</source>
        <translation>Seguido da lista de flags que o cliente pode alterar permanentemente</translation>
    </message>
    <message>
        <source>The mailbox is selected read-only, or its access changed to read-only</source>
        <translation>A caixa postal foi selecionada somente para leitura, ou seu acesso passou a ser somente leitura</translation>
    </message>
    <message>
        <source>The mailbox is selected read-write, or its access changed to read-write</source>
        <translation>A caixa postal foi selecionada para leitura e escrita, ou seu acesso passou a ser de leitura e escrita</translation>
    </message>
    <message>
        <source>The target mailbox of APPEND or COPY does not exist; creating it first may help</source>
        <translation>A caixa postal de destino do APPEND ou COPY não existe; criá-la antes pode resolver</translation>
    </message>
    <message>
        <source>Followed by the next unique identifier value of the mailbox</source>
        <translation>Seguido do próximo valor de identificador único (UID) da caixa postal</translation>
    </message>
    <message>
        <source>Followed by the unique identifier validity value of the mailbox</source>
        <translation>Seguido do valor de validade dos identificadores únicos (UIDVALIDITY) da caixa postal</translation>
    </message>
    <message>
        <source>Followed by the number of the first message without the \Seen flag</source>
        <translation>Seguido do número da primeira mensagem sem a flag \Seen</translation>
    </message>
    <message>
        <source>Followed by the UIDVALIDITY of the destination mailbox and the UID assigned to the appended message</source>
        <translation>Seguido do UIDVALIDITY da caixa postal de destino e do UID atribuído à mensagem acrescentada</translation>
    </message>
    <message>
        <source>Followed by the UIDVALIDITY of the destination mailbox, the UIDs copied and the UIDs assigned to the copies</source>
        <translation>Seguido do UIDVALIDITY da caixa postal de destino, dos UIDs copiados e dos UIDs atribuídos às cópias</translation>
    </message>
    <message>
        <source>The selected mailbox does not support persistent UIDs</source>
        <translation>A caixa postal selecionada não oferece UIDs persistentes</translation>
    </message>
    <message>
        <source>Temporary failure because a subsystem is down</source>
        <translation>Falha temporária porque um subsistema está fora do ar</translation>
    </message>
    <message>
        <source>Authentication failed for some reason on which the server is unwilling to elaborate</source>
        <translation>A autenticação falhou por algum motivo que o servidor não quer detalhar</translation>
    </message>
    <message>
        <source>Authentication succeeded, but the user may not act as the requested authorization identity</source>
        <translation>A autenticação foi bem-sucedida, mas o usuário não pode agir como a identidade de autorização solicitada</translation>
    </message>
    <message>
        <source>Access is no longer permitted with that passphrase (expired password or account)</source>
        <translation>O acesso não é mais permitido com essa senha (senha ou conta expirada)</translation>
    </message>
    <message>
        <source>Operation not permitted due to a lack of privacy (e.g. no TLS)</source>
        <translation>Operação não permitida por falta de privacidade (por exemplo, sem TLS)</translation>
    </message>
    <message>
        <source>The user should contact the system administrator or support desk</source>
        <translation>O usuário deve entrar em contato com o administrador do sistema ou com o suporte</translation>
    </message>
    <message>
        <source>The access control system (e.g. ACL) does not permit this user to do the operation</source>
        <translation>O sistema de controle de acesso (por exemplo, ACL) não permite que este usuário faça a operação</translation>
    </message>
    <message>
        <source>Operation not carried out because the object is in use (e.g. locked)</source>
        <translation>Operação não realizada porque o objeto está em uso (por exemplo, bloqueado)</translation>
    </message>
    <message>
        <source>Someone else has issued an EXPUNGE for the same mailbox</source>
        <translation>Outro cliente executou um EXPUNGE na mesma caixa postal</translation>
    </message>
    <message>
        <source>The server discovered that some relevant data (e.g. the mailbox) are corrupt</source>
        <translation>O servidor descobriu que dados relevantes (por exemplo, a caixa postal) estão corrompidos</translation>
    </message>
    <message>
        <source>The server has detected a bug in itself</source>
        <translation>O servidor detectou um bug em si mesmo</translation>
    </message>
    <message>
        <source>The server has detected a client bug</source>
        <translation>O servidor detectou um bug no cliente</translation>
    </message>
    <message>
        <source>The operation violates some invariant of the server and can never succeed</source>
        <translation>A operação viola alguma invariante do servidor e nunca terá sucesso</translation>
    </message>
    <message>
        <source>The operation ran up against an implementation limit of some kind</source>
        <translation>A operação esbarrou em algum limite da implementação</translation>
    </message>
    <message>
        <source>The user would be over quota after the operation</source>
        <translation>O usuário ultrapassaria a cota após a operação</translation>
    </message>
    <message>
        <source>The operation attempts to create something that already exists</source>
        <translation>A operação tenta criar algo que já existe</translation>
    </message>
    <message>
        <source>The operation attempts to delete something that does not exist</source>
        <translation>A operação tenta excluir algo que não existe</translation>
    </message>
    <message>
        <source>Followed by the highest mod-sequence value of all messages in the mailbox</source>
        <translation>Seguido do maior valor de mod-sequence entre todas as mensagens da caixa postal</translation>
    </message>
    <message>
        <source>The mailbox does not support persistent storage of mod-sequences</source>
        <translation>A caixa postal não oferece armazenamento persistente de mod-sequences</translation>
    </message>
    <message>
        <source>Followed by the messages that failed the UNCHANGEDSINCE test of a conditional STORE</source>
        <translation>Seguido das mensagens que falharam no teste UNCHANGEDSINCE de um STORE condicional</translation>
    </message>
    <message>
        <source>The previously selected mailbox is now closed (the new mailbox&apos;s responses follow)</source>
        <translation>A caixa postal selecionada anteriormente foi fechada (seguem as respostas da nova caixa postal)</translation>
    </message>
    <message>
        <source>The mailbox has child mailboxes, so the operation was refused</source>
        <translation>A caixa postal tem caixas postais filhas, por isso a operação foi recusada</translation>
    </message>
    <message>
        <source>The server does not know how to decode the Content-Transfer-Encoding of the part</source>
        <translation>O servidor não sabe decodificar o Content-Transfer-Encoding da parte</translation>
    </message>
    <message>
        <source>A compression layer is already active</source>
        <translation>Uma camada de compressão já está ativa</translation>
    </message>
    <message>
        <source>Followed by an IMAP URL: try the referred server or mailbox instead</source>
        <translation>Seguido de uma URL IMAP: tente o servidor ou a caixa postal indicados</translation>
    </message>
    <message>
        <source>A URL in the command could not be resolved</source>
        <translation>Uma URL do comando não pôde ser resolvida</translation>
    </message>
    <message>
        <source>The message is too big for the server to accept</source>
        <translation>A mensagem é grande demais para o servidor aceitar</translation>
    </message>
    <message>
        <source>The search result could not be saved</source>
        <translation>O resultado da busca não pôde ser salvo</translation>
    </message>
    <message>
        <source>The special-use attribute requested is not supported for that mailbox</source>
        <translation>O atributo de uso especial solicitado não é suportado para essa caixa postal</translation>
    </message>
    <message>
        <source>Followed by the unique, immutable identifier the server gave the mailbox</source>
        <translation>Seguido do identificador único e imutável que o servidor atribuiu à caixa postal</translation>
    </message>
    <message>
        <source>The user logged in recently and may not log in again until the login delay has expired</source>
        <translation>O usuário fez login recentemente e só poderá fazer login de novo quando o intervalo mínimo entre logins expirar</translation>
    </message>
    <message>
        <source>Authentication succeeded, but the maildrop is in use (probably by another POP3 client)</source>
        <translation>A autenticação foi bem-sucedida, mas a caixa postal (maildrop) está em uso (provavelmente por outro cliente POP3)</translation>
    </message>
    <message>
        <source>The failure is due to a system error, not to the user&apos;s credentials or an external condition</source>
        <translation>A falha se deve a um erro do sistema, não às credenciais do usuário nem a uma condição externa</translation>
    </message>
    <message>
        <source>Temporary system problem; no need to alarm the user unless the failure persists</source>
        <translation>Problema temporário do sistema; não é preciso alarmar o usuário, a menos que a falha persista</translation>
    </message>
    <message>
        <source>System problem unlikely to be resolved without intervention; contact support</source>
        <translation>Problema do sistema que dificilmente se resolverá sem intervenção; contate o suporte</translation>
    </message>
    <message>
        <source>Problem with the user&apos;s credentials (wrong password, unknown user, expired account, policy)</source>
        <translation>Problema com as credenciais do usuário (senha errada, usuário desconhecido, conta expirada, política)</translation>
    </message>
</context>
<context>
    <name>Sasl</name>
    <message>
        <source>%1 is not a GNU SASL mechanism Carteiro uses</source>
        <translation>%1 não é um mecanismo do GNU SASL usado pelo Carteiro</translation>
    </message>
    <message>
        <source>%1: the user name or password contains a NUL character</source>
        <translation>%1: o nome de usuário ou a senha contém um caractere NUL</translation>
    </message>
    <message>
        <source>%1: the connection provides no channel binding data</source>
        <translation>%1: a conexão não fornece dados de channel binding</translation>
    </message>
    <message>
        <source>%1: channel binding type &quot;%2&quot; is not supported</source>
        <translation>%1: o tipo de channel binding &quot;%2&quot; não é suportado</translation>
    </message>
    <message>
        <source>%1: the GNU SASL library could not start</source>
        <translation>%1: não foi possível iniciar a biblioteca GNU SASL</translation>
    </message>
    <message>
        <source>%1: GNU SASL cannot start it: %2 (%3)</source>
        <translation>%1: o GNU SASL não consegue iniciar este mecanismo: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: could not pass the credentials to GNU SASL</source>
        <translation>%1: não foi possível passar as credenciais ao GNU SASL</translation>
    </message>
    <message>
        <source>%1: the initial response was already sent</source>
        <translation>%1: a resposta inicial já foi enviada</translation>
    </message>
    <message>
        <source>%1: the exchange has already failed</source>
        <translation>%1: a troca já falhou</translation>
    </message>
    <message>
        <source>%1: the server sent a challenge after the exchange was complete</source>
        <translation>%1: o servidor enviou um desafio depois de concluída a troca</translation>
    </message>
    <message>
        <source>%1: server challenge is not valid base64</source>
        <translation>%1: o desafio do servidor não é base64 válido</translation>
    </message>
    <message>
        <source>%1: the server sent a challenge before the client&apos;s first message</source>
        <translation>%1: o servidor enviou um desafio antes da primeira mensagem do cliente</translation>
    </message>
    <message>
        <source>%1: the server sent an empty challenge where one is required</source>
        <translation>%1: o servidor enviou um desafio vazio onde se exige um desafio</translation>
    </message>
    <message>
        <source>%1: the server reported an error: %2</source>
        <translation>%1: o servidor informou um erro: %2</translation>
    </message>
    <message>
        <source>%1: the server requires an unsupported SCRAM extension</source>
        <translation>%1: o servidor exige uma extensão SCRAM não suportada</translation>
    </message>
    <message>
        <source>%1: the server&apos;s first message has no nonce</source>
        <translation>%1: a primeira mensagem do servidor não tem nonce</translation>
    </message>
    <message>
        <source>%1: the server&apos;s nonce does not extend the client&apos;s nonce; the exchange may have been tampered with</source>
        <translation>%1: o nonce do servidor não estende o nonce do cliente; a troca pode ter sido adulterada</translation>
    </message>
    <message>
        <source>%1: the server&apos;s iteration count is missing or invalid</source>
        <translation>%1: a contagem de iterações do servidor está ausente ou é inválida</translation>
    </message>
    <message>
        <source>%1: the server asks for %2 iterations, more than the %3 allowed</source>
        <translation>%1: o servidor pede %2 iterações, mais do que as %3 permitidas</translation>
    </message>
    <message>
        <source>%1: the server&apos;s signature (v=) is wrong; the server does not know the password or is not the server it claims to be</source>
        <translation>%1: a assinatura do servidor (v=) está errada; o servidor não conhece a senha ou não é o servidor que diz ser</translation>
    </message>
    <message>
        <source>%1: authentication failed in GNU SASL</source>
        <translation>%1: a autenticação falhou no GNU SASL</translation>
    </message>
    <message>
        <source>%1: the server&apos;s message is malformed</source>
        <translation>%1: a mensagem do servidor está malformada</translation>
    </message>
    <message>
        <source>%1: the server&apos;s message contains invalid base64</source>
        <translation>%1: a mensagem do servidor contém base64 inválido</translation>
    </message>
    <message>
        <source>%1: the user name or password contains characters SASLprep forbids</source>
        <translation>%1: o nome de usuário ou a senha contém caracteres proibidos pelo SASLprep</translation>
    </message>
    <message>
        <source>%1: channel binding data is missing</source>
        <translation>%1: faltam os dados de channel binding</translation>
    </message>
    <message>
        <source>%1: the server sent too many challenges</source>
        <translation>%1: o servidor enviou desafios demais</translation>
    </message>
    <message>
        <source>%1: GNU SASL reported %2 (%3)</source>
        <translation>%1: o GNU SASL informou %2 (%3)</translation>
    </message>
    <message>
        <source>OAUTHBEARER: the user name or host name contains control characters</source>
        <translation>OAUTHBEARER: o nome de usuário ou o nome do host contém caracteres de controle</translation>
    </message>
    <message>
        <source>OAUTHBEARER: the OAuth token is empty or contains characters a bearer token cannot have</source>
        <translation>OAUTHBEARER: o token OAuth está vazio ou contém caracteres que um bearer token não pode ter</translation>
    </message>
    <message>
        <source>%1: the server rejected the token (%2)</source>
        <translation>%1: o servidor rejeitou o token (%2)</translation>
    </message>
    <message>
        <source>%1: the server sent an empty challenge where an error report was expected</source>
        <translation>%1: o servidor enviou um desafio vazio onde se esperava um relatório de erro</translation>
    </message>
    <message>
        <source>%1 needs an OAuth token, and the account has none</source>
        <translation>%1 exige um token OAuth, e a conta não tem nenhum</translation>
    </message>
    <message>
        <source>XOAUTH2 needs a user name</source>
        <translation>XOAUTH2 exige um nome de usuário</translation>
    </message>
    <message>
        <source>%1 needs a user name and a password</source>
        <translation>%1 exige nome de usuário e senha</translation>
    </message>
    <message>
        <source>%1 needs TLS channel binding (tls-unique or tls-exporter), which this connection does not provide</source>
        <translation>%1 exige channel binding TLS (tls-unique ou tls-exporter), que esta conexão não fornece</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Carteiro does not support the %1 mechanism</source>
        <translation>O Carteiro não suporta o mecanismo %1</translation>
    </message>
    <message>
        <source>The server does not offer %1 (it offers: %2)</source>
        <translation>O servidor não oferece %1 (oferece: %2)</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism</source>
        <translation>O servidor não oferece nenhum mecanismo de autenticação</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism Carteiro supports (it offers: %1)</source>
        <translation>O servidor não oferece nenhum mecanismo de autenticação suportado pelo Carteiro (oferece: %1)</translation>
    </message>
    <message>
        <source>None of the server&apos;s authentication mechanisms can be used with this account: %1</source>
        <translation>Nenhum dos mecanismos de autenticação do servidor pode ser usado com esta conta: %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>escopo %1</translation>
    </message>
    <message>
        <source>an empty report</source>
        <translation>um relatório vazio</translation>
    </message>
    <message>
        <source>XOAUTH2: the user name is empty or contains control characters</source>
        <translation>XOAUTH2: o nome de usuário está vazio ou contém caracteres de controle</translation>
    </message>
    <message>
        <source>XOAUTH2: the OAuth token is empty or contains characters a bearer token cannot have</source>
        <translation>XOAUTH2: o token OAuth está vazio ou contém caracteres que um bearer token não pode ter</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The quote opened in «%1» is not closed.</source>
        <translation>As aspas abertas em «%1» não foram fechadas.</translation>
    </message>
    <message>
        <source>«%1» needs a word after the colon.</source>
        <translation>«%1» precisa de uma palavra depois dos dois-pontos.</translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as 2024-03-31 or 31/03/2024.</source>
        <translation>«%1» não é uma data: escreva como 31/03/2024 ou 2024-03-31.</translation>
    </message>
    <message>
        <source>«%1»: only has:attachment (tem:anexo) is known.</source>
        <translation>«%1»: o único termo desse tipo é tem:anexo (has:attachment).</translation>
    </message>
    <message>
        <source>«%1»: use is:unread or is:flagged (is:naolida, is:sinalizada).</source>
        <translation>«%1»: use é:naolida ou é:sinalizada (is:unread, is:flagged).</translation>
    </message>
    <message>
        <source>«%1» is not a search term: use from:, to:, subject:, body:, since:, before:, has:attachment, is:unread or is:flagged.</source>
        <translation>«%1» não é um termo de busca: use de:, para:, assunto:, corpo:, desde:, até:, tem:anexo, é:naolida ou é:sinalizada.</translation>
    </message>
    <message>
        <source>The date range is empty: before:%1 is not after since:%2.</source>
        <translation>O intervalo de datas está vazio: antes de %1 não vem depois de %2.</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>&quot;%1&quot; is not a server address like smtp://mail.example.com:587</source>
        <translation>&quot;%1&quot; não é um endereço de servidor como smtp://mail.example.com:587</translation>
    </message>
    <message>
        <source>put the user name in its own field, not in the server address</source>
        <translation>coloque o nome de usuário no campo próprio, não no endereço do servidor</translation>
    </message>
    <message>
        <source>the port in &quot;%1&quot; is out of range</source>
        <translation>a porta em &quot;%1&quot; está fora do intervalo permitido</translation>
    </message>
    <message>
        <source>the server address &quot;%1&quot; must not have a path</source>
        <translation>o endereço do servidor &quot;%1&quot; não pode ter caminho</translation>
    </message>
    <message>
        <source>the server address contains a control character</source>
        <translation>o endereço do servidor contém um caractere de controle</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;: use smtp, smtps, imap, imaps, pop3, pop3s (or a +plain lab form)</source>
        <translation>esquema desconhecido &quot;%1&quot;: use smtp, smtps, imap, imaps, pop3, pop3s (ou uma forma +plain de laboratório)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>um inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>um texto (string)</translation>
    </message>
    <message>
        <source>a string of at most %1 characters</source>
        <translation>um texto de no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing or is not %3</source>
        <translation>%1: o campo &quot;%2&quot; falta ou não é %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>o arquivo tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>não é JSON no byte %1: %2</translation>
    </message>
    <message>
        <source>not a Carteiro session: the top level is not a JSON object</source>
        <translation>não é uma sessão do Carteiro: o nível mais externo não é um objeto JSON</translation>
    </message>
    <message>
        <source>not a Carteiro session: &quot;format&quot; is %1, expected &quot;%2&quot;</source>
        <translation>não é uma sessão do Carteiro: &quot;format&quot; é %1, esperado &quot;%2&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>a sessão</translation>
    </message>
    <message>
        <source>session format version %1 is not supported (this Carteiro reads version %2)</source>
        <translation>a versão %1 do formato de sessão não é suportada (este Carteiro lê a versão %2)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>uma lista (array)</translation>
    </message>
    <message>
        <source>more than %1 connections</source>
        <translation>mais de %1 conexões</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>conexão %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 não é um objeto JSON</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;</source>
        <translation>protocolo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>id %1 appears twice</source>
        <translation>o id %1 aparece duas vezes</translation>
    </message>
    <message>
        <source>more than %1 events</source>
        <translation>mais de %1 eventos</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
    <message>
        <source>unknown direction &quot;%1&quot;</source>
        <translation>direção desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tipo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>connection %1 is not in the list of connections</source>
        <translation>a conexão %1 não está na lista de conexões</translation>
    </message>
    <message>
        <source>id %1 is not above the previous event&apos;s id %2</source>
        <translation>o id %1 não é maior que o id %2 do evento anterior</translation>
    </message>
    <message>
        <source>the timestamp goes backwards (%1 ns after %2 ns)</source>
        <translation>o horário volta atrás (%1 ns depois de %2 ns)</translation>
    </message>
    <message>
        <source>needs exactly one of the fields &quot;text&quot; and &quot;base64&quot;</source>
        <translation>precisa de exatamente um dos campos &quot;text&quot; e &quot;base64&quot;</translation>
    </message>
    <message>
        <source>field &quot;base64&quot; is not valid base64</source>
        <translation>o campo &quot;base64&quot; não é base64 válido</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>a linha tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>more than %1 messages</source>
        <translation>mais de %1 mensagens</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensagem %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 tem mais de %2 bytes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Message accepted (%1)</source>
        <translation>Mensagem aceita (%1)</translation>
    </message>
    <message>
        <source>Message accepted, queued as %1 (%2)</source>
        <translation>Mensagem aceita, enfileirada como %1 (%2)</translation>
    </message>
    <message>
        <source>Possibly sent: the connection dropped before the server&apos;s verdict (%1)</source>
        <translation>Possivelmente enviada: a conexão caiu antes do veredito do servidor (%1)</translation>
    </message>
    <message>
        <source>Message not accepted at %1: %2</source>
        <translation>Mensagem não aceita na etapa %1: %2</translation>
    </message>
    <message>
        <source>Recipient &lt;%1&gt; accepted: %2</source>
        <translation>Destinatário &lt;%1&gt; aceito: %2</translation>
    </message>
    <message>
        <source>Recipient &lt;%1&gt; refused: %2</source>
        <translation>Destinatário &lt;%1&gt; recusado: %2</translation>
    </message>
    <message>
        <source>Connection test passed</source>
        <translation>Teste de conexão bem-sucedido</translation>
    </message>
    <message>
        <source>Message accepted</source>
        <translation>Mensagem aceita</translation>
    </message>
    <message>
        <source>Message accepted, queued as %1</source>
        <translation>Mensagem aceita, enfileirada como %1</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Falha na etapa %1: %2</translation>
    </message>
</context>
<context>
    <name>Smtp</name>
    <message>
        <source>malformed reply line: &quot;%1&quot;</source>
        <translation>linha de resposta malformada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reply code changed inside a multi-line reply (%1 then %2)</source>
        <translation>o código mudou no meio de uma resposta multilinha (%1 e depois %2)</translation>
    </message>
    <message>
        <source>reply longer than %1 lines</source>
        <translation>resposta com mais de %1 linhas</translation>
    </message>
    <message>
        <source>%1: the server reported success before completing the exchange</source>
        <translation>%1: o servidor informou sucesso antes de concluir a troca</translation>
    </message>
    <message>
        <source>RSET was refused: %1</source>
        <translation>RSET recusado: %1</translation>
    </message>
    <message>
        <source>an address needs SMTPUTF8, which the server does not offer</source>
        <translation>um endereço exige SMTPUTF8, que o servidor não oferece</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>falha na autenticação: %1</translation>
    </message>
    <message>
        <source>no recipient was accepted: %1</source>
        <translation>nenhum destinatário foi aceito: %1</translation>
    </message>
    <message>
        <source>no usable authentication mechanism (server offers %1): %2</source>
        <translation>nenhum mecanismo de autenticação utilizável (o servidor oferece %1): %2</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation>erro de protocolo: %1</translation>
    </message>
    <message>
        <source>refusing to send credentials over an unencrypted connection</source>
        <translation>recusando-se a enviar credenciais por uma conexão sem criptografia</translation>
    </message>
    <message>
        <source>some recipients were refused: %1</source>
        <translation>alguns destinatários foram recusados: %1</translation>
    </message>
    <message>
        <source>the EHLO name contains a space, CR, LF or NUL</source>
        <translation>o nome usado no EHLO contém espaço, CR, LF ou NUL</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>a mensagem não tem destinatários</translation>
    </message>
    <message>
        <source>the message is %1 bytes; the server accepts at most %2 bytes (SIZE)</source>
        <translation>a mensagem tem %1 bytes; o servidor aceita no máximo %2 bytes (SIZE)</translation>
    </message>
    <message>
        <source>the recipient address &quot;%1&quot; is empty or contains CR, LF, NUL or angle brackets</source>
        <translation>o endereço do destinatário &quot;%1&quot; está vazio ou contém CR, LF, NUL ou os sinais &lt; &gt;</translation>
    </message>
    <message>
        <source>the sender address %1 contains CR, LF, NUL or angle brackets</source>
        <translation>o endereço do remetente %1 contém CR, LF, NUL ou os sinais &lt; &gt;</translation>
    </message>
    <message>
        <source>the server did not accept %1: %2</source>
        <translation>o servidor não aceitou %1: %2</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS, which this account requires; no credentials were sent</source>
        <translation>o servidor não oferece STARTTLS, exigido por esta conta; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>the server is closing the connection: %1</source>
        <translation>o servidor está encerrando a conexão: %1</translation>
    </message>
    <message>
        <source>the server offers no authentication (no AUTH in its EHLO reply)</source>
        <translation>o servidor não oferece autenticação (não há AUTH na resposta ao EHLO)</translation>
    </message>
    <message>
        <source>the server refused DATA: %1</source>
        <translation>o servidor recusou o DATA: %1</translation>
    </message>
    <message>
        <source>the server refused NOOP: %1</source>
        <translation>o servidor recusou o NOOP: %1</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1; no credentials were sent</source>
        <translation>o servidor recusou o STARTTLS: %1; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation>o servidor recusou a conexão: %1</translation>
    </message>
    <message>
        <source>the server refused the message: %1</source>
        <translation>o servidor recusou a mensagem: %1</translation>
    </message>
    <message>
        <source>the server refused the sender: %1</source>
        <translation>o servidor recusou o remetente: %1</translation>
    </message>
    <message>
        <source>the server sent data out of turn: &quot;%1&quot;</source>
        <translation>o servidor enviou dados fora da vez: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected reply %1</source>
        <translation>resposta inesperada %1</translation>
    </message>
    <message>
        <source>classroom mode: HELO instead of EHLO is only possible on a plaintext lab connection; HELO offers no STARTTLS and no AUTH, so this connection could not be protected</source>
        <translation>modo sala de aula: HELO em vez de EHLO só é possível numa conexão de laboratório sem criptografia; o HELO não oferece STARTTLS nem AUTH, então esta conexão não poderia ser protegida</translation>
    </message>
    <message>
        <source>classroom mode: HELO instead of EHLO cannot log in, since AUTH is an EHLO extension (RFC 4954)</source>
        <translation>modo sala de aula: com HELO em vez de EHLO não é possível autenticar, pois o AUTH é uma extensão do EHLO (RFC 4954)</translation>
    </message>
</context>
<context>
    <name>StepGate</name>
    <message>
        <source>Step mode: stopped by the user in the middle of a command; closing the connection without a goodbye.</source>
        <translation>Modo passo a passo: interrompido pelo usuário no meio de um comando; a conexão é fechada sem despedida.</translation>
    </message>
    <message>
        <source>Step mode: stopped by the user; the held commands were dropped and the session ends politely.</source>
        <translation>Modo passo a passo: interrompido pelo usuário; os comandos retidos foram descartados e a sessão termina educadamente.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>Cannot create the folder for the mail store %1</source>
        <translation>Não é possível criar a pasta do armazenamento de mensagens %1</translation>
    </message>
    <message>
        <source>Cannot open the mail store %1: %2</source>
        <translation>Não é possível abrir o armazenamento de mensagens %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Carteiro mail store (not an SQLite database): %2</source>
        <translation>%1 não é um armazenamento de mensagens do Carteiro (não é um banco de dados SQLite): %2</translation>
    </message>
    <message>
        <source>The mail store %1 was written by a newer Carteiro (schema %2); this version reads schema %3 at most</source>
        <translation>O armazenamento de mensagens %1 foi gravado por um Carteiro mais novo (esquema %2); esta versão lê no máximo o esquema %3</translation>
    </message>
    <message>
        <source>Cannot set up the mail store %1: %2</source>
        <translation>Não é possível preparar o armazenamento de mensagens %1: %2</translation>
    </message>
    <message>
        <source>Reading the schema version of %1</source>
        <translation>Lendo a versão do esquema de %1</translation>
    </message>
    <message>
        <source>Upgrading the mail store %1 to schema %2</source>
        <translation>Atualizando o armazenamento de mensagens %1 para o esquema %2</translation>
    </message>
    <message>
        <source>Reading the folders of account %1</source>
        <translation>Lendo as pastas da conta %1</translation>
    </message>
    <message>
        <source>Reading folder %1</source>
        <translation>Lendo a pasta %1</translation>
    </message>
    <message>
        <source>There is no folder %1 in the mail store</source>
        <translation>Não há pasta %1 no armazenamento de mensagens</translation>
    </message>
    <message>
        <source>Reading folder &quot;%1&quot;</source>
        <translation>Lendo a pasta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; of account %2 in the mail store</source>
        <translation>Não há pasta &quot;%1&quot; da conta %2 no armazenamento de mensagens</translation>
    </message>
    <message>
        <source>Saving folder &quot;%1&quot;</source>
        <translation>Salvando a pasta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a folder needs an account and a name</source>
        <translation>uma pasta precisa de uma conta e de um nome</translation>
    </message>
    <message>
        <source>Removing the folders of account %1 that the server no longer lists</source>
        <translation>Removendo as pastas da conta %1 que o servidor não lista mais</translation>
    </message>
    <message>
        <source>Renaming folder %1 to &quot;%2&quot;</source>
        <translation>Renomeando a pasta %1 para &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>pasta inexistente</translation>
    </message>
    <message>
        <source>Removing folder %1</source>
        <translation>Removendo a pasta %1</translation>
    </message>
    <message>
        <source>Saving the sync state of folder %1</source>
        <translation>Salvando o estado de sincronização da pasta %1</translation>
    </message>
    <message>
        <source>Emptying folder %1 after a UIDVALIDITY change</source>
        <translation>Esvaziando a pasta %1 após uma mudança de UIDVALIDITY</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n message(s) in folder %1</source>
        <translation>
            <numerusform>Armazenando %n mensagem na pasta %1</numerusform>
            <numerusform>Armazenando %n mensagens na pasta %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a message without UID or UIDL cannot be stored</source>
        <translation>não é possível armazenar uma mensagem sem UID ou UIDL</translation>
    </message>
    <message numerus="yes">
        <source>Updating the flags of %n message(s) in folder %1</source>
        <translation>
            <numerusform>Atualizando as flags de %n mensagem na pasta %1</numerusform>
            <numerusform>Atualizando as flags de %n mensagens na pasta %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the flags of message %1</source>
        <translation>Definindo as flags da mensagem %1</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>mensagem inexistente</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n message(s) from folder %1</source>
        <translation>
            <numerusform>Removendo %n mensagem da pasta %1</numerusform>
            <numerusform>Removendo %n mensagens da pasta %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing message %1</source>
        <translation>Removendo a mensagem %1</translation>
    </message>
    <message>
        <source>Reading the messages of folder %1</source>
        <translation>Lendo as mensagens da pasta %1</translation>
    </message>
    <message>
        <source>Reading the new messages of folder %1</source>
        <translation>Lendo as mensagens novas da pasta %1</translation>
    </message>
    <message>
        <source>Reading message %1</source>
        <translation>Lendo a mensagem %1</translation>
    </message>
    <message>
        <source>There is no message %1 in the mail store</source>
        <translation>A mensagem %1 não está no armazenamento de mensagens</translation>
    </message>
    <message>
        <source>Reading message UID %1 of folder %2</source>
        <translation>Lendo a mensagem de UID %1 da pasta %2</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in folder %2</source>
        <translation>Não há mensagem com UID %1 na pasta %2</translation>
    </message>
    <message>
        <source>Reading the UIDs of folder %1</source>
        <translation>Lendo os UIDs da pasta %1</translation>
    </message>
    <message>
        <source>Storing the body of message %1</source>
        <translation>Armazenando o corpo da mensagem %1</translation>
    </message>
    <message>
        <source>Reading the body of message %1</source>
        <translation>Lendo o corpo da mensagem %1</translation>
    </message>
    <message>
        <source>Storing part %1 of message %2</source>
        <translation>Armazenando a parte %1 da mensagem %2</translation>
    </message>
    <message>
        <source>Reading part %1 of message %2</source>
        <translation>Lendo a parte %1 da mensagem %2</translation>
    </message>
    <message>
        <source>Looking up UIDL %1 in folder %2</source>
        <translation>Procurando o UIDL %1 na pasta %2</translation>
    </message>
    <message>
        <source>Reading the UIDLs of folder %1</source>
        <translation>Lendo os UIDLs da pasta %1</translation>
    </message>
    <message>
        <source>Storing a message in folder %1</source>
        <translation>Armazenando uma mensagem na pasta %1</translation>
    </message>
    <message>
        <source>Storing the message with UIDL %1 in folder %2</source>
        <translation>Armazenando a mensagem com UIDL %1 na pasta %2</translation>
    </message>
    <message>
        <source>Saving a message to the outbox</source>
        <translation>Salvando uma mensagem na caixa de saída</translation>
    </message>
    <message>
        <source>Updating outbox entry %1</source>
        <translation>Atualizando o item %1 da caixa de saída</translation>
    </message>
    <message>
        <source>no such outbox entry</source>
        <translation>item da caixa de saída inexistente</translation>
    </message>
    <message>
        <source>Removing outbox entry %1</source>
        <translation>Removendo o item %1 da caixa de saída</translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation>Lendo a caixa de saída</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>Salvando um rascunho</translation>
    </message>
    <message>
        <source>no draft with id %1</source>
        <translation>nenhum rascunho com id %1</translation>
    </message>
    <message>
        <source>Removing draft %1</source>
        <translation>Removendo o rascunho %1</translation>
    </message>
    <message>
        <source>Reading the drafts</source>
        <translation>Lendo os rascunhos</translation>
    </message>
    <message>
        <source>Saving an action for the server</source>
        <translation>Salvando uma ação para o servidor</translation>
    </message>
    <message>
        <source>Removing the action for the server %1</source>
        <translation>Removendo a ação para o servidor %1</translation>
    </message>
    <message>
        <source>Reading the actions for the server</source>
        <translation>Lendo as ações para o servidor</translation>
    </message>
    <message>
        <source>unknown outbox state &quot;%1&quot; (written by another version?)</source>
        <translation>estado desconhecido na caixa de saída &quot;%1&quot; (gravado por outra versão?)</translation>
    </message>
    <message>
        <source>unknown outbox stage &quot;%1&quot; (written by another version?)</source>
        <translation>etapa desconhecida na caixa de saída &quot;%1&quot; (gravada por outra versão?)</translation>
    </message>
    <message>
        <source>no outbox entry %1</source>
        <translation>não há o item %1 na caixa de saída</translation>
    </message>
    <message>
        <source>Updating %1 outbox entries</source>
        <translation>Atualizando %1 itens da caixa de saída</translation>
    </message>
    <message>
        <source>Removing %1 outbox entries</source>
        <translation>Removendo %1 itens da caixa de saída</translation>
    </message>
    <message>
        <source>The message is being sent; it can be removed once the server answered</source>
        <translation>A mensagem está sendo enviada; ela pode ser removida depois que o servidor responder</translation>
    </message>
    <message>
        <source>There is no outbox entry %1</source>
        <translation>Não há o item %1 na caixa de saída</translation>
    </message>
    <message>
        <source>Taking back outbox entry %1</source>
        <translation>Retirando o item %1 da caixa de saída</translation>
    </message>
    <message>
        <source>The message is already being sent</source>
        <translation>A mensagem já está sendo enviada</translation>
    </message>
    <message>
        <source>The message has already been sent</source>
        <translation>A mensagem já foi enviada</translation>
    </message>
    <message>
        <source>Collecting addresses for completion</source>
        <translation>Coletando endereços para o preenchimento automático</translation>
    </message>
    <message>
        <source>Remembering the recipients of a sent message</source>
        <translation>Guardando os destinatários de uma mensagem enviada</translation>
    </message>
    <message>
        <source>Reading the collected addresses</source>
        <translation>Lendo os endereços coletados</translation>
    </message>
    <message>
        <source>Saving the contact &quot;%1&quot;</source>
        <translation>Salvando o contato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>não há contato com o id %1</translation>
    </message>
    <message>
        <source>Deleting a contact</source>
        <translation>Excluindo um contato</translation>
    </message>
    <message>
        <source>Reading the address book</source>
        <translation>Lendo o catálogo de endereços</translation>
    </message>
    <message>
        <source>Saving the group &quot;%1&quot;</source>
        <translation>Salvando o grupo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>não há grupo com o id %1</translation>
    </message>
    <message>
        <source>Deleting a group</source>
        <translation>Excluindo um grupo</translation>
    </message>
    <message>
        <source>Importing contacts</source>
        <translation>Importando contatos</translation>
    </message>
    <message>
        <source>Changing a setting of folder %1</source>
        <translation>Alterando uma configuração da pasta %1</translation>
    </message>
    <message>
        <source>Saving the subscribed folders of account %1</source>
        <translation>Gravando as pastas assinadas da conta %1</translation>
    </message>
    <message>
        <source>Counting the messages waiting for the search index</source>
        <translation>Contando as mensagens que aguardam o índice de busca</translation>
    </message>
    <message>
        <source>Adding messages to the search index</source>
        <translation>Adicionando mensagens ao índice de busca</translation>
    </message>
    <message>
        <source>Searching the local index for «%1»</source>
        <translation>Buscando «%1» no índice local</translation>
    </message>
</context>
<context>
    <name>TraceTextParser</name>
    <message>
        <source>the transcript is larger than %1 bytes</source>
        <translation>a transcrição tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>the transcript has more than %1 lines</source>
        <translation>a transcrição tem mais de %1 linhas</translation>
    </message>
    <message>
        <source>line %1 is malformed: expected &quot;C: &quot;, &quot;S: &quot; or &quot;*: &quot;, optionally after a &quot;+12.345ms &quot; timestamp</source>
        <translation>a linha %1 está malformada: esperava &quot;C: &quot;, &quot;S: &quot; ou &quot;*: &quot;, opcionalmente depois de um horário &quot;+12.345ms &quot;</translation>
    </message>
    <message>
        <source>line %1: the timestamp goes backwards</source>
        <translation>linha %1: o horário volta atrás</translation>
    </message>
</context>
<context>
    <name>TranscriptExport</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>card %1 &quot;%2&quot; (line %3)</source>
        <translation>cartão %1 &quot;%2&quot; (linha %3)</translation>
    </message>
    <message>
        <source>card %1 (line %2)</source>
        <translation>cartão %1 (linha %2)</translation>
    </message>
    <message>
        <source>%1: address left out: %2</source>
        <translation>%1: endereço deixado de fora: %2</translation>
    </message>
</context>
<context>
    <name>carteiro</name>
    <message>
        <source>the mailto: link has a bad %-escape &quot;%1&quot; in %2</source>
        <translation>o link mailto: tem um escape % inválido, &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>the mailto: link&apos;s %1 is not UTF-8 text</source>
        <translation>%1 do link mailto: não é texto UTF-8</translation>
    </message>
    <message>
        <source>the mailto: link&apos;s %1 holds a control character (a line break?) in an address</source>
        <translation>%1 do link mailto: contém um caractere de controle (uma quebra de linha?) em um endereço</translation>
    </message>
</context>
<context>
    <name>carteiro::AboutDialog</name>
    <message>
        <source>About Carteiro</source>
        <translation>Sobre o Carteiro</translation>
    </message>
    <message>
        <source>A mail client with a live protocol inspector: every SMTP, IMAP and POP3 line explained, for learning how e-mail works.</source>
        <translation>Um cliente de e-mail com inspetor de protocolos ao vivo: cada linha de SMTP, IMAP e POP3 explicada, para aprender como o e-mail funciona.</translation>
    </message>
    <message>
        <source>Carteiro is free software under the GNU General Public License, version 3 or any later version (%1). It comes with no warranty.</source>
        <translation>O Carteiro é software livre, sob a Licença Pública Geral GNU, versão 3 ou qualquer versão posterior (%1). Ele é distribuído sem nenhuma garantia.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Construído sobre:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Carteiro</source>
        <translation>&amp;Sobre o Carteiro</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>carteiro::AccountDialog</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Plaintext (lab only)</source>
        <translation>Sem criptografia (só em laboratório)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nova conta</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Conta: %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@example.com</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nome da conta:</translation>
    </message>
    <message>
        <source>Your n&amp;ame:</source>
        <translation>Seu no&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Envio (SMTP)</translation>
    </message>
    <message>
        <source>Lab account (allows an unencrypted connection)</source>
        <translation>Conta de laboratório (permite conexão sem criptografia)</translation>
    </message>
    <message>
        <source>Warning: without TLS everything, including your password, crosses the network in clear. Use this only on a lab server on your own machine.</source>
        <translation>Atenção: sem TLS, tudo, inclusive a sua senha, atravessa a rede em texto claro. Use isto só com um servidor de laboratório na sua própria máquina.</translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation>Automático (o mais forte oferecido)</translation>
    </message>
    <message>
        <source>only for a private CA, e.g. the mail lab&apos;s</source>
        <translation>só para uma CA privada, ex.: a do laboratório de correio</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificado de CA confiável</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Segu&amp;rança:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>&amp;Autenticação:</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>Arquivo de &amp;CA confiável:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Store it in the system keychain</source>
        <translation>Guardá-la no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Do not store it; ask when sending</source>
        <translation>Não guardá-la; perguntar ao enviar</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>Receiving (IMAP / POP3)</source>
        <translation>Recebimento (IMAP / POP3)</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>Pr&amp;otocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Servidor IMAP:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>Porta IMAP:</translation>
    </message>
    <message>
        <source>IMAP security:</source>
        <translation>Segurança IMAP:</translation>
    </message>
    <message>
        <source>POP3 server:</source>
        <translation>Servidor POP3:</translation>
    </message>
    <message>
        <source>POP3 port:</source>
        <translation>Porta POP3:</translation>
    </message>
    <message>
        <source>POP3 security:</source>
        <translation>Segurança POP3:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer%1, so the password cannot be stored safely. It will be asked for when sending and kept in memory until Carteiro quits; it is never written in plain text.</source>
        <translation>Não há serviço de chaveiro disponível neste computador%1, então a senha não pode ser guardada com segurança. Ela será pedida no envio e mantida na memória até o Carteiro ser fechado; nunca é gravada em texto claro.</translation>
    </message>
    <message>
        <source>Busy: another connection is running. Try again when it has finished.</source>
        <translation>Ocupado: outra conexão está em andamento. Tente de novo quando ela terminar.</translation>
    </message>
    <message>
        <source>Connecting (no password given: AUTH is skipped)...</source>
        <translation>Conectando (sem senha: o AUTH é pulado)...</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <source>Success: the server answered; no authentication was tried.</source>
        <translation>Sucesso: o servidor respondeu; nenhuma autenticação foi tentada.</translation>
    </message>
    <message>
        <source>Success: authenticated with %1.</source>
        <translation>Sucesso: autenticado com %1.</translation>
    </message>
    <message>
        <source>Largest message: %1 bytes.</source>
        <translation>Maior mensagem aceita: %1 bytes.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falha: %1</translation>
    </message>
    <message>
        <source>Delete from the POP3 server once downloaded</source>
        <translation>Excluir do servidor POP3 depois de baixar</translation>
    </message>
    <message>
        <source>Off: mail stays on the server and is downloaded once (UIDL). On: each message is deleted only after it is safely stored here.</source>
        <translation>Desmarcado: as mensagens ficam no servidor e são baixadas uma única vez (UIDL). Marcado: cada mensagem só é excluída depois de guardada com segurança aqui.</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Sala de aula</translation>
    </message>
    <message>
        <source>C&amp;lassroom mode: show every protocol step</source>
        <translation>Modo sala de au&amp;la: mostrar cada passo do protocolo</translation>
    </message>
    <message>
        <source>Switches off what hides steps from a class: SMTP PIPELINING and CHUNKING (so DATA, 354 and the lone dot appear), SASL initial responses, IMAP LITERAL+ and pipelining. The inspector says what was switched off.</source>
        <translation>Desliga o que esconde passos de uma turma: PIPELINING e CHUNKING do SMTP (para que DATA, 354 e o ponto sozinho apareçam), respostas iniciais SASL, LITERAL+ e pipelining do IMAP. O inspetor diz o que foi desligado.</translation>
    </message>
    <message>
        <source>HELO instead of EHLO (plaintext lab account only)</source>
        <translation>HELO em vez de EHLO (só conta de laboratório sem criptografia)</translation>
    </message>
    <message>
        <source>USER and PASS instead of SASL on POP3</source>
        <translation>USER e PASS em vez de SASL no POP3</translation>
    </message>
    <message>
        <source>HELO knows no extensions: no STARTTLS and no AUTH. It is only allowed for a lab account on a plaintext SMTP connection, to a server that takes mail without login. USER and PASS still go only inside TLS, unless this is a plaintext lab account.</source>
        <translation>O HELO não conhece extensões: sem STARTTLS e sem AUTH. Só é permitido para uma conta de laboratório numa conexão SMTP sem criptografia, com um servidor que aceita mensagens sem login. USER e PASS continuam indo só dentro do TLS, a não ser que esta seja uma conta de laboratório sem criptografia.</translation>
    </message>
    <message>
        <source>Sending (SMTP): %1</source>
        <translation>Envio (SMTP): %1</translation>
    </message>
    <message>
        <source>Receiving (%1): connecting...</source>
        <translation>Recebimento (%1): conectando...</translation>
    </message>
    <message>
        <source>Receiving (%1): success.</source>
        <translation>Recebimento (%1): sucesso.</translation>
    </message>
    <message>
        <source>Receiving (%1): failed: %2</source>
        <translation>Recebimento (%1): falhou: %2</translation>
    </message>
    <message>
        <source>My provider files sent mail in Sent itself</source>
        <translation>Meu provedor salva sozinho as mensagens enviadas em Enviados</translation>
    </message>
    <message>
        <source>Gmail and some other providers put every message sent through their SMTP server in your Sent folder themselves. Tick this and Carteiro does not file a second copy (no IMAP APPEND to Sent).</source>
        <translation>O Gmail e alguns outros provedores salvam na sua pasta Enviados toda mensagem enviada pelo servidor SMTP deles. Marque esta opção e o Carteiro não salva uma segunda cópia (nenhum IMAP APPEND em Enviados).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never by itself</source>
        <translation>nunca sozinho</translation>
    </message>
    <message>
        <source>For an IMAP server without IDLE (new mail announced at once): how often the open folder is checked. A NOOP each minute still hears of news.</source>
        <translation>Para um servidor IMAP sem IDLE (o aviso imediato de mensagens novas): de quanto em quanto tempo a pasta aberta é verificada. Um NOOP a cada minuto ainda fica sabendo das novidades.</translation>
    </message>
    <message>
        <source>Check for mail every:</source>
        <translation>Verificar mensagens a cada:</translation>
    </message>
    <message>
        <source>&amp;Identities and signatures...</source>
        <translation>&amp;Identidades e assinaturas...</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies)</source>
        <translation>
            <numerusform>%n identidade</numerusform>
            <numerusform>%n identidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a signature</source>
        <translation>
            <numerusform>%n com assinatura</numerusform>
            <numerusform>%n com assinatura</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation>Catálogo de endereços</translation>
    </message>
    <message>
        <source>Find a name or an address</source>
        <translation>Procure um nome ou um endereço</translation>
    </message>
    <message>
        <source>Find in the address book</source>
        <translation>Procurar no catálogo de endereços</translation>
    </message>
    <message>
        <source>Contacts and groups</source>
        <translation>Contatos e grupos</translation>
    </message>
    <message>
        <source>Choose a contact or a group, or make a new one.</source>
        <translation>Escolha um contato ou um grupo, ou crie um novo.</translation>
    </message>
    <message>
        <source>One address per line; the first is used by default</source>
        <translation>Um endereço por linha; o primeiro é o usado normalmente</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Endereços:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefones:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Ana Silva &lt;ana@example.com&gt;, bruno@example.com
(one per line or separated by commas)</source>
        <translation>Ana Silva &lt;ana@example.com&gt;, bruno@example.com
(um por linha ou separados por vírgulas)</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Nome do grupo:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membros:</translation>
    </message>
    <message>
        <source>Type the group&apos;s name in To, Cc or Bcc to write to all its members.</source>
        <translation>Digite o nome do grupo em Para, Cc ou Cco para escrever a todos os membros.</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Novo &amp;contato</translation>
    </message>
    <message>
        <source>New &amp;group</source>
        <translation>Novo &amp;grupo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Import vCard...</source>
        <translation>&amp;Importar vCard...</translation>
    </message>
    <message>
        <source>&amp;Export vCard...</source>
        <translation>Ex&amp;portar vCard...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the address book?</source>
        <translation>Excluir &quot;%1&quot; do catálogo de endereços?</translation>
    </message>
    <message>
        <source>Import vCard</source>
        <translation>Importar vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Arquivos vCard (*.vcf *.vcard);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export vCard</source>
        <translation>Exportar vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Arquivos vCard (*.vcf *.vcard)</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new</source>
        <translation>
            <numerusform>Importado: %n novo</numerusform>
            <numerusform>Importados: %n novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n atualizado.</numerusform>
            <numerusform>%n atualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Deixados de fora:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1 (vCard 4.0).</source>
        <translation>
            <numerusform>%n cartão exportado para %1 (vCard 4.0).</numerusform>
            <numerusform>%n cartões exportados para %1 (vCard 4.0).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group: %1 (%n member(s))</source>
        <translation>
            <numerusform>Grupo: %1 (%n membro)</numerusform>
            <numerusform>Grupo: %1 (%n membros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importando %1...</translation>
    </message>
</context>
<context>
    <name>carteiro::AddressCompleter</name>
    <message>
        <source>Address suggestions</source>
        <translation>Sugestões de endereço</translation>
    </message>
    <message numerus="yes">
        <source>%1 (group of %n)</source>
        <translation>
            <numerusform>%1 (grupo de %n)</numerusform>
            <numerusform>%1 (grupo de %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::AddressField</name>
    <message>
        <source>Name &lt;address@example.com&gt;, another@example.com</source>
        <translation>Nome &lt;endereco@example.com&gt;, outro@example.com</translation>
    </message>
</context>
<context>
    <name>carteiro::AttachmentList</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Cannot attach &quot;%1&quot;: it is not a readable file.</source>
        <translation>Não é possível anexar &quot;%1&quot;: não é um arquivo legível.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already attached.</source>
        <translation>&quot;%1&quot; já está anexado.</translation>
    </message>
    <message>
        <source>%1 (%2 in base64)</source>
        <translation>%1 (%2 em base64)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>Reproduzir %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>No audio output device was found on this computer.</source>
        <translation>Nenhum dispositivo de saída de áudio foi encontrado neste computador.</translation>
    </message>
    <message>
        <source>Cannot attach a part without a name.</source>
        <translation>Não é possível anexar uma parte sem nome.</translation>
    </message>
</context>
<context>
    <name>carteiro::CapabilityPanel</name>
    <message>
        <source>Capability</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Antes do TLS</translation>
    </message>
    <message>
        <source>After TLS</source>
        <translation>Depois do TLS</translation>
    </message>
    <message>
        <source>Used by Carteiro</source>
        <translation>Usada pelo Carteiro</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Authentication offered before TLS</source>
        <translation>Autenticação oferecida antes do TLS</translation>
    </message>
    <message>
        <source>Credentials sent without TLS</source>
        <translation>Credenciais enviadas sem TLS</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>Sem STARTTLS</translation>
    </message>
    <message>
        <source>Message larger than SIZE</source>
        <translation>Mensagem maior que o SIZE</translation>
    </message>
    <message>
        <source>LOGINDISABLED</source>
        <translation>LOGINDISABLED</translation>
    </message>
    <message>
        <source>Offered but refused</source>
        <translation>Oferecida, mas recusada</translation>
    </message>
    <message>
        <source>No connection yet: capabilities appear when Carteiro (or the console) talks to a server.</source>
        <translation>Nenhuma conexão ainda: as capacidades aparecem quando o Carteiro (ou o console) conversa com um servidor.</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>Saudação: %1</translation>
    </message>
    <message>
        <source>Implicit TLS: encrypted from the first byte, so there is no list before TLS.</source>
        <translation>TLS implícito: cifrado desde o primeiro byte, por isso não há lista antes do TLS.</translation>
    </message>
    <message>
        <source>STARTTLS: the list before TLS was sent in clear text and is asked again inside TLS.</source>
        <translation>STARTTLS: a lista antes do TLS veio em texto claro e é pedida de novo dentro do TLS.</translation>
    </message>
    <message>
        <source>No TLS on this connection: everything travels in clear text.</source>
        <translation>Sem TLS nesta conexão: tudo trafega em texto claro.</translation>
    </message>
    <message>
        <source>The server has not listed its capabilities yet.</source>
        <translation>O servidor ainda não listou suas capacidades.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>recusada: %1</translation>
    </message>
    <message>
        <source>yes, %1 commands in flight</source>
        <translation>sim, %1 comandos em trânsito ao mesmo tempo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>sim: %1</translation>
    </message>
    <message>
        <source>(not offered)</source>
        <translation>(não oferecida)</translation>
    </message>
    <message>
        <source>First used by: %1</source>
        <translation>Usada primeiro por: %1</translation>
    </message>
</context>
<context>
    <name>carteiro::Channel</name>
    <message>
        <source>no connection to %1:%2 within %3 s</source>
        <translation>não foi possível conectar a %1:%2 dentro de %3 s</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>o servidor não respondeu dentro de %1 s</translation>
    </message>
    <message>
        <source>cannot read any certificate from the CA file %1</source>
        <translation>não foi possível ler nenhum certificado do arquivo de CA %1</translation>
    </message>
    <message>
        <source>certificate of %1 not trusted: %2 (SHA-256 %3)</source>
        <translation>certificado de %1 não confiável: %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
</context>
<context>
    <name>carteiro::ChannelJob</name>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>interrompido pelo usuário</translation>
    </message>
</context>
<context>
    <name>carteiro::ComposerWindow</name>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Assu&amp;nto:</translation>
    </message>
    <message>
        <source>&amp;Formatting (sends HTML with a plain-text copy)</source>
        <translation>&amp;Formatação (envia HTML com uma cópia em texto simples)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>&amp;Attach...</source>
        <translation>&amp;Anexar...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>or drop files here, or paste an image</source>
        <translation>ou solte arquivos aqui, ou cole uma imagem</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Itálico</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Sublinhado</translation>
    </message>
    <message>
        <source>Cannot keep the pasted image: %1</source>
        <translation>Não é possível guardar a imagem colada: %1</translation>
    </message>
    <message>
        <source>Estimated size: %1</source>
        <translation>Tamanho estimado: %1</translation>
    </message>
    <message>
        <source>(attachments: %1 as files, %2 in base64)</source>
        <translation>(anexos: %1 como arquivos, %2 em base64)</translation>
    </message>
    <message>
        <source>Server limit: %1.</source>
        <translation>Limite do servidor: %1.</translation>
    </message>
    <message>
        <source>Choose an account to send from (Settings &gt; Accounts).</source>
        <translation>Escolha a conta de envio (Configurações &gt; Contas).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not complete: %2</source>
        <translation>A conta &quot;%1&quot; está incompleta: %2</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cco</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Adicione pelo menos um destinatário.</translation>
    </message>
    <message>
        <source>Subject: line breaks and control characters are not allowed.</source>
        <translation>Assunto: quebras de linha e caracteres de controle não são permitidos.</translation>
    </message>
    <message>
        <source>The message would be about %1, but the server accepts at most %2 (SIZE). Remove an attachment or send it another way.</source>
        <translation>A mensagem teria cerca de %1, mas o servidor aceita no máximo %2 (SIZE). Remova um anexo ou envie-o de outra forma.</translation>
    </message>
    <message>
        <source>Looking up the password...</source>
        <translation>Buscando a senha...</translation>
    </message>
    <message>
        <source>Not sent: no password given.</source>
        <translation>Não enviada: nenhuma senha informada.</translation>
    </message>
    <message>
        <source>Send &amp;later...</source>
        <translation>Enviar &amp;depois...</translation>
    </message>
    <message>
        <source>Choose a date and time: the message waits in the Outbox until then</source>
        <translation>Escolha data e hora: a mensagem espera na Caixa de saída até lá</translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>Na fila.</translation>
    </message>
    <message>
        <source>Not queued; the message is still here.</source>
        <translation>Não entrou na fila; a mensagem continua aqui.</translation>
    </message>
    <message>
        <source>The message could not be put in the Outbox: %1</source>
        <translation>Não foi possível pôr a mensagem na Caixa de saída: %1</translation>
    </message>
    <message>
        <source>The time to send has already passed: choose a time in the future.</source>
        <translation>A hora de envio já passou: escolha uma hora no futuro.</translation>
    </message>
    <message>
        <source>Putting the message in the Outbox...</source>
        <translation>Pondo a mensagem na Caixa de saída...</translation>
    </message>
    <message>
        <source>The message is being put in the Outbox; wait a moment.</source>
        <translation>A mensagem está sendo posta na Caixa de saída; aguarde um momento.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Queue the message in the Outbox; it goes after the undo delay (Settings &gt; Sending). Shortcut: %1</source>
        <translation>Põe a mensagem na Caixa de saída; ela sai depois do prazo para desfazer (Configurações &gt; Envio). Atalho: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Record from the microphone and attach the recording (Ogg Opus, or WAV where Opus is not available)</source>
        <translation>Grava pelo microfone e anexa a gravação (Ogg Opus, ou WAV onde o Opus não estiver disponível)</translation>
    </message>
    <message>
        <source>Record a &amp;voice note...</source>
        <translation>Gravar nota de &amp;voz...</translation>
    </message>
    <message>
        <source>A voice note is still in its window, not attached: attach it or cancel it first.</source>
        <translation>Uma nota de voz ainda está na janela dela, sem ser anexada: anexe-a ou cancele-a antes.</translation>
    </message>
</context>
<context>
    <name>carteiro::ConnectionPanel</name>
    <message>
        <source>The connection this panel describes</source>
        <translation>A conexão que este painel descreve</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexão:</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Newest connection</source>
        <translation>Conexão mais recente</translation>
    </message>
</context>
<context>
    <name>carteiro::ConnectionStatus</name>
    <message>
        <source>Offline: %1</source>
        <translation>Sem conexão: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the Outbox</source>
        <translation>
            <numerusform>%n aguardando na Caixa de saída</numerusform>
            <numerusform>%n aguardando na Caixa de saída</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail of an offline account is read from the local store; what you do there reaches the server when it answers again.</source>
        <translation>As mensagens de uma conta sem conexão são lidas do armazenamento local; o que você fizer com elas chega ao servidor quando ele voltar a responder.</translation>
    </message>
</context>
<context>
    <name>carteiro::ConsoleCommandHelp</name>
    <message>
        <source>[obsolete]</source>
        <translation>[obsoleto]</translation>
    </message>
</context>
<context>
    <name>carteiro::ConsoleServerForm</name>
    <message>
        <source>host name or address</source>
        <translation>nome ou endereço do servidor</translation>
    </message>
    <message>
        <source>Plain (no TLS)</source>
        <translation>Sem TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>for AUTH, LOGIN and USER/PASS</source>
        <translation>para AUTH, LOGIN e USER/PASS</translation>
    </message>
    <message>
        <source>Classroom mode (every step shown: no initial response in AUTH)</source>
        <translation>Modo sala de aula (cada passo à mostra: AUTH sem resposta inicial)</translation>
    </message>
    <message>
        <source>Allow a password without TLS (lab only)</source>
        <translation>Permitir senha sem TLS (só no laboratório)</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>%1: %2:%3</source>
        <translation>%1: %2:%3</translation>
    </message>
    <message>
        <source>Lab: MX, port 25 style (no AUTH, no relay)</source>
        <translation>Laboratório: MX, como a porta 25 (sem AUTH, sem relay)</translation>
    </message>
    <message>
        <source>Lab: submission (alice, STARTTLS)</source>
        <translation>Laboratório: submissão (alice, STARTTLS)</translation>
    </message>
    <message>
        <source>Lab: IMAP (bob, STARTTLS)</source>
        <translation>Laboratório: IMAP (bob, STARTTLS)</translation>
    </message>
    <message>
        <source>Lab: POP3 (bob, STLS)</source>
        <translation>Laboratório: POP3 (bob, STLS)</translation>
    </message>
    <message>
        <source>Other server (type host and port)</source>
        <translation>Outro servidor (digite host e porta)</translation>
    </message>
    <message>
        <source>console %1 %2:%3</source>
        <translation>console %1 %2:%3</translation>
    </message>
    <message>
        <source>type the server&apos;s host name or address</source>
        <translation>digite o nome ou o endereço do servidor</translation>
    </message>
    <message>
        <source>Lab: %1 MX, port 25 style (no AUTH, no relay)</source>
        <translation>Laboratório: MX de %1, como a porta 25 (sem AUTH, sem relay)</translation>
    </message>
    <message>
        <source>Lab: IMAP (dave, STARTTLS)</source>
        <translation>Laboratório: IMAP (dave, STARTTLS)</translation>
    </message>
</context>
<context>
    <name>carteiro::ConsoleWindow</name>
    <message>
        <source>Protocol console</source>
        <translation>Console de protocolo</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Send password</source>
        <translation>Enviar senha</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>type a command and press Enter (Up/Down: history)</source>
        <translation>digite um comando e tecle Enter (setas para cima/baixo: histórico)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Cop&amp;y transcript</source>
        <translation>Cop&amp;iar transcrição</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xportar...</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>não foi possível conectar: %1</translation>
    </message>
    <message>
        <source>not connected: choose a server and press Connect</source>
        <translation>sem conexão: escolha um servidor e clique em Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sem conexão</translation>
    </message>
    <message>
        <source>    (typed: %1)</source>
        <translation>    (digitado: %1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export console transcript</source>
        <translation>Exportar a transcrição do console</translation>
    </message>
    <message>
        <source>Transcript (*.txt)</source>
        <translation>Transcrição (*.txt)</translation>
    </message>
    <message>
        <source>E&amp;xplain every server line</source>
        <translation>E&amp;xplicar cada linha do servidor</translation>
    </message>
    <message>
        <source>:mx DOMAIN looks up how mail reaches a domain (its MX records, RFC 5321 §5.1)</source>
        <translation>:mx DOMÍNIO consulta como o e-mail chega a um domínio (os registros MX, RFC 5321 §5.1)</translation>
    </message>
    <message>
        <source>MX lookup of %1...</source>
        <translation>Consulta MX de %1...</translation>
    </message>
</context>
<context>
    <name>carteiro::ContactsWorker</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Não foi possível abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2; it is not read as an address book.</source>
        <translation>&quot;%1&quot; tem mais de %2; não é lido como catálogo de endereços.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Não foi possível gravar &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>carteiro::EverydayActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Move to...</source>
        <translation>&amp;Mover para...</translation>
    </message>
    <message>
        <source>&amp;Copy to...</source>
        <translation>&amp;Copiar para...</translation>
    </message>
    <message>
        <source>&amp;Next unread message</source>
        <translation>Próxima mensagem &amp;não lida</translation>
    </message>
    <message>
        <source>&amp;Previous unread message</source>
        <translation>Mensagem não lida &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;page, then next unread</source>
        <translation>&amp;Página seguinte, depois a próxima não lida</translation>
    </message>
    <message>
        <source>Move the selected messages to a folder you choose</source>
        <translation>Move as mensagens selecionadas para a pasta que você escolher</translation>
    </message>
    <message>
        <source>Copy the selected messages to a folder you choose</source>
        <translation>Copia as mensagens selecionadas para a pasta que você escolher</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected.

Delete, Move to... and the flags work on all of them.</source>
        <translation>
            <numerusform>%n mensagem selecionada.

Excluir, Mover para... e as marcações valem para ela.</numerusform>
            <numerusform>%n mensagens selecionadas.

Excluir, Mover para... e as marcações valem para todas elas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>No unread message below this one in the folder.</source>
        <translation>Não há mensagem não lida abaixo desta na pasta.</translation>
    </message>
    <message>
        <source>No unread message above this one in the folder.</source>
        <translation>Não há mensagem não lida acima desta na pasta.</translation>
    </message>
    <message>
        <source>A message deleted in Trash is gone for good: there is nothing to undo.</source>
        <translation>Uma mensagem excluída na Lixeira se vai de vez: não há o que desfazer.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo delete of %n message(s)</source>
        <translation>
            <numerusform>&amp;Desfazer a exclusão de %n mensagem</numerusform>
            <numerusform>&amp;Desfazer a exclusão de %n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo move of %n message(s)</source>
        <translation>
            <numerusform>&amp;Desfazer a movimentação de %n mensagem</numerusform>
            <numerusform>&amp;Desfazer a movimentação de %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to move or copy first.</source>
        <translation>Selecione primeiro as mensagens a mover ou copiar.</translation>
    </message>
    <message>
        <source>Copy to folder</source>
        <translation>Copiar para a pasta</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Mover para a pasta</translation>
    </message>
    <message>
        <source>Undo: that account is not open any more.</source>
        <translation>Desfazer: essa conta não está mais aberta.</translation>
    </message>
    <message numerus="yes">
        <source>Putting %n message(s) back.</source>
        <translation>
            <numerusform>Devolvendo %n mensagem ao lugar.</numerusform>
            <numerusform>Devolvendo %n mensagens ao lugar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::ExplanationPanel</name>
    <message>
        <source>Nothing to explain on this row.</source>
        <translation>Nada a explicar nesta linha.</translation>
    </message>
    <message>
        <source>Source: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Fonte: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 no navegador</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Select a row to see what it means.</source>
        <translation>Selecione uma linha para ver o que ela significa.</translation>
    </message>
</context>
<context>
    <name>carteiro::FolderChooserDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <source>The messages are in this folder</source>
        <translation>As mensagens estão nesta pasta</translation>
    </message>
</context>
<context>
    <name>carteiro::FolderMenu</name>
    <message>
        <source>&amp;New Folder...</source>
        <translation>&amp;Nova pasta...</translation>
    </message>
    <message>
        <source>&amp;New Subfolder...</source>
        <translation>&amp;Nova subpasta...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Renomear...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Apagar...</translation>
    </message>
    <message>
        <source>This account is not connected: open it first.</source>
        <translation>Esta conta não está conectada: abra-a primeiro.</translation>
    </message>
    <message>
        <source>Choose a folder or an account to make the new folder in.</source>
        <translation>Escolha uma pasta ou uma conta onde criar a nova pasta.</translation>
    </message>
    <message>
        <source>at the top of this account</source>
        <translation>no nível mais alto desta conta</translation>
    </message>
    <message>
        <source>inside “%1”</source>
        <translation>dentro de “%1”</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>Name of the new folder, %1:</source>
        <translation>Nome da nova pasta, %1:</translation>
    </message>
    <message>
        <source>INBOX and the special folders (Sent, Drafts, Trash...) keep their names.</source>
        <translation>A INBOX e as pastas especiais (Enviados, Rascunhos, Lixeira...) mantêm seus nomes.</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Renomear pasta</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Novo nome para “%1”:</translation>
    </message>
    <message>
        <source>INBOX and the special folders (Sent, Drafts, Trash...) cannot be deleted here.</source>
        <translation>A INBOX e as pastas especiais (Enviados, Rascunhos, Lixeira...) não podem ser apagadas aqui.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” on the server, with the %n message(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Apagar a pasta “%1” no servidor, com a %n mensagem que ela contém? Isso não pode ser desfeito.</numerusform>
            <numerusform>Apagar a pasta “%1” no servidor, com as %n mensagens que ela contém? Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Apagar pasta</translation>
    </message>
    <message>
        <source>Mark All as Rea&amp;d</source>
        <translation>Marcar todas como &amp;lidas</translation>
    </message>
    <message>
        <source>&amp;Empty Trash...</source>
        <translation>&amp;Esvaziar a Lixeira...</translation>
    </message>
    <message>
        <source>&amp;Empty Junk...</source>
        <translation>&amp;Esvaziar o Spam...</translation>
    </message>
    <message>
        <source>Only Trash and Junk are emptied; delete the messages of other folders instead.</source>
        <translation>Só a Lixeira e o Spam são esvaziados; nas outras pastas, apague as mensagens.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n message(s) in “%1” for good, on the server too? This cannot be undone.</source>
        <translation>
            <numerusform>Apagar de vez a %n mensagem de “%1”, também no servidor? Isso não pode ser desfeito.</numerusform>
            <numerusform>Apagar de vez as %n mensagens de “%1”, também no servidor? Isso não pode ser desfeito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty folder</source>
        <translation>Esvaziar pasta</translation>
    </message>
    <message>
        <source>Choose a folder to subscribe to or unsubscribe from.</source>
        <translation>Escolha uma pasta para assinar ou cancelar a assinatura.</translation>
    </message>
    <message>
        <source>&amp;Subscribed</source>
        <translation>&amp;Assinada</translation>
    </message>
    <message>
        <source>Subscribed folders are the ones your mail programs show</source>
        <translation>As pastas assinadas são as que seus programas de e-mail mostram</translation>
    </message>
    <message>
        <source>Show &amp;Only Subscribed Folders</source>
        <translation>Mostrar &amp;só as pastas assinadas</translation>
    </message>
    <message>
        <source>&amp;Keep Messages for Offline Use</source>
        <translation>&amp;Guardar as mensagens para ler sem conexão</translation>
    </message>
    <message>
        <source>Choose a folder to keep for offline use.</source>
        <translation>Escolha uma pasta para guardar e ler sem conexão.</translation>
    </message>
</context>
<context>
    <name>carteiro::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not a folder on the server)</source>
        <translation>%1 (não é uma pasta no servidor)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n mensagem</numerusform>
            <numerusform>%1: %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Only messages can be dropped on a folder.</source>
        <translation>Só é possível soltar mensagens em uma pasta.</translation>
    </message>
    <message>
        <source>Drop the messages on a folder.</source>
        <translation>Solte as mensagens em uma pasta.</translation>
    </message>
    <message>
        <source>Drop the messages on a folder, not on the account “%1”.</source>
        <translation>Solte as mensagens em uma pasta, não na conta “%1”.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot hold messages.</source>
        <translation>A pasta “%1” não pode conter mensagens.</translation>
    </message>
    <message>
        <source>The dropped messages were not understood: %1</source>
        <translation>Não foi possível interpretar as mensagens soltas: %1</translation>
    </message>
    <message>
        <source>Messages can only be moved or copied to a folder.</source>
        <translation>Mensagens só podem ser movidas ou copiadas para uma pasta.</translation>
    </message>
    <message>
        <source>The Outbox holds only messages being sent: write a new message instead.</source>
        <translation>A Caixa de saída só guarda mensagens a enviar: escreva uma nova mensagem.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox</source>
        <translation>
            <numerusform>%n mensagem na caixa de saída</numerusform>
            <numerusform>%n mensagens na caixa de saída</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty: everything was sent.</source>
        <translation>A caixa de saída está vazia: tudo foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) need you: failed, or possibly sent</source>
        <translation>
            <numerusform>%n mensagem precisa de você: falhou ou talvez tenha sido enviada</numerusform>
            <numerusform>%n mensagens precisam de você: falharam ou talvez tenham sido enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a mailbox opened from disk: its name and format (mboxrd, Maildir, MH)</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), read directly from disk and never changed: %n message(s) read so far</source>
        <translation>
            <numerusform>%1 (%2), lida diretamente do disco e nunca alterada: %n mensagem lida até agora</numerusform>
            <numerusform>%1 (%2), lida diretamente do disco e nunca alterada: %n mensagens lidas até agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results are not a folder: drop the messages on a folder.</source>
        <translation>Os resultados da busca não são uma pasta: solte as mensagens em uma pasta.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Searching for “%1”...</source>
        <translation>Buscando “%1”...</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found for “%1”</source>
        <translation>
            <numerusform>%n mensagem encontrada para “%1”</numerusform>
            <numerusform>%n mensagens encontradas para “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>All Inboxes shows several folders: drop the messages on one of them.</source>
        <translation>“Todas as caixas de entrada” reúne várias pastas: solte as mensagens em uma delas.</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Todas as caixas de entrada</translation>
    </message>
    <message numerus="yes">
        <source>The inboxes of %n account(s) together: %1</source>
        <translation>
            <numerusform>A caixa de entrada de %n conta: %1</numerusform>
            <numerusform>As caixas de entrada de %n contas juntas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::GuiMain</name>
    <message>
        <source>Carteiro, a mail client with a live protocol inspector.</source>
        <translation>Carteiro, um cliente de e-mail com inspetor de protocolos ao vivo.</translation>
    </message>
    <message>
        <source>add the mail lab&apos;s account &quot;Lab (alice)&quot; (tests/lab/mail-lab.sh) and make it current; implied when CARTEIRO_LAB_HOST is set</source>
        <translation>adicionar a conta do laboratório de correio &quot;Lab (alice)&quot; (tests/lab/mail-lab.sh) e torná-la a atual; implícito quando CARTEIRO_LAB_HOST está definida</translation>
    </message>
    <message>
        <source>open a new message at start-up</source>
        <translation>abrir uma nova mensagem ao iniciar</translation>
    </message>
    <message>
        <source>write a PNG of the main window after start-up, then quit</source>
        <translation>gravar um PNG da janela principal depois de iniciar e sair</translation>
    </message>
    <message>
        <source>Cartão-postal do laboratório</source>
        <translation>Cartão-postal do laboratório</translation>
    </message>
    <message>
        <source>Olá! Segue uma foto e um recado de voz.</source>
        <translation>Olá! Segue uma foto e um recado de voz.</translation>
    </message>
    <message>
        <source>carteiro: the demo message could not be sent
</source>
        <translation>carteiro: não foi possível enviar a mensagem de demonstração
</translation>
    </message>
    <message>
        <source>with --lab: send a postcard with these attachments (repeatable) from the lab account to the other lab user at start-up, so the inspector shows a whole exchange; with --screenshot the picture is taken after it</source>
        <translation>com --lab: ao iniciar, enviar um cartão-postal com estes anexos (repetível) da conta do laboratório para o outro usuário do laboratório, para que o inspetor mostre uma troca completa; com --screenshot, a imagem é capturada depois do envio</translation>
    </message>
    <message>
        <source>Open the inbox and show its newest message (with --screenshot the picture is taken once it is shown).</source>
        <translation>Abrir a caixa de entrada e mostrar a mensagem mais recente (com --screenshot, a imagem é capturada assim que ela é exibida).</translation>
    </message>
    <message>
        <source>with --lab: alice (default) or bob on example.test, dave or erin on the lab&apos;s second domain (acme.test)</source>
        <translation>com --lab: alice (padrão) ou bob em example.test, dave ou erin no segundo domínio do laboratório (acme.test)</translation>
    </message>
    <message>
        <source>carteiro: --lab-user must be alice, bob, dave or erin (not &quot;%1&quot;)
</source>
        <translation>carteiro: --lab-user deve ser alice, bob, dave ou erin (e não &quot;%1&quot;)
</translation>
    </message>
    <message>
        <source>print the version and the libraries&apos; versions and licenses, then quit</source>
        <translation>mostrar a versão, as versões e as licenças das bibliotecas e sair</translation>
    </message>
    <message>
        <source>A second launch hands its links and files to the window already open.</source>
        <translation>Uma segunda execução entrega seus links e arquivos à janela que já está aberta.</translation>
    </message>
    <message>
        <source>mailto: links to write to (RFC 6068; attach= and any parameter naming a file are refused), message files to read</source>
        <translation>links mailto: para escrever (RFC 6068; attach= e qualquer parâmetro que indique um arquivo são recusados), arquivos de mensagem para ler</translation>
    </message>
    <message>
        <source>carteiro: %1; this window will not receive links from other launches
</source>
        <translation>carteiro: %1; esta janela não receberá links de outras execuções
</translation>
    </message>
    <message>
        <source>open this mbox file, Maildir or MH folder read-only and show its newest message (with --screenshot the picture is taken once it is shown)</source>
        <translation>abrir este arquivo mbox, Maildir ou pasta MH somente para leitura e mostrar a mensagem mais recente (com --screenshot a imagem é capturada quando ela aparece)</translation>
    </message>
    <message>
        <source>Once the inbox is synchronised, search all accounts for QUERY and open the first hit (with --screenshot the picture is taken then).</source>
        <translation>Depois de sincronizar a caixa de entrada, buscar QUERY em todas as contas e abrir o primeiro resultado (com --screenshot a imagem é feita nesse momento).</translation>
    </message>
    <message>
        <source>With --demo-read: open the journey of that message (with --screenshot the picture is of the journey&apos;s window).</source>
        <translation>Com --demo-read: abre o percurso dessa mensagem (com --screenshot a imagem é da janela do percurso).</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>não foi possível gravar a captura de tela em %1</translation>
    </message>
</context>
<context>
    <name>carteiro::IdentitiesDialog</name>
    <message>
        <source>Identities and signatures</source>
        <translation>Identidades e assinaturas</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>&amp;Add identity</source>
        <translation>&amp;Adicionar identidade</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@exemplo.com.br</translation>
    </message>
    <message>
        <source>Optional: where replies should go</source>
        <translation>Opcional: para onde as respostas devem ir</translation>
    </message>
    <message>
        <source>Plain-text signature; the &quot;-- &quot; line above it is added for you</source>
        <translation>Assinatura em texto simples; a linha &quot;-- &quot; acima dela é incluída automaticamente</translation>
    </message>
    <message>
        <source>Optional HTML signature for formatted messages, e.g. &lt;b&gt;Ana&lt;/b&gt;&lt;br&gt;Escola</source>
        <translation>Assinatura HTML opcional para mensagens formatadas, por exemplo &lt;b&gt;Ana&lt;/b&gt;&lt;br&gt;Escola</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>Reply-&amp;To:</source>
        <translation>Responder &amp;para:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Assinatura:</translation>
    </message>
    <message>
        <source>&amp;HTML signature:</source>
        <translation>Assinatura &amp;HTML:</translation>
    </message>
    <message>
        <source>In replies, put the signature a&amp;bove the quoted text</source>
        <translation>Nas respostas, colocar a assinatura a&amp;cima do texto citado</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(ainda sem endereço)</translation>
    </message>
    <message>
        <source>%1 (the account&apos;s own)</source>
        <translation>%1 (a da própria conta)</translation>
    </message>
    <message>
        <source>Identity %1 (%2): %3</source>
        <translation>Identidade %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>carteiro::ImapAccountSync</name>
    <message>
        <source>%1: message %2 is not an IMAP message in the store</source>
        <translation>%1: a mensagem %2 não é uma mensagem IMAP do armazenamento local</translation>
    </message>
    <message>
        <source>STORE: the folder of message %1 is gone</source>
        <translation>STORE: a pasta da mensagem %1 não existe mais</translation>
    </message>
    <message>
        <source>DELETE: the server names no \Trash folder (RFC 6154); refresh the folder list, or move the messages instead</source>
        <translation>DELETE: o servidor não indica nenhuma pasta \Trash (RFC 6154); atualize a lista de pastas ou, em vez disso, mova as mensagens</translation>
    </message>
    <message>
        <source>APPEND: the server names no %1 folder (RFC 6154); refresh the folder list</source>
        <translation>APPEND: o servidor não indica nenhuma pasta %1 (RFC 6154); atualize a lista de pastas</translation>
    </message>
    <message>
        <source>the local store is not open</source>
        <translation>o armazenamento local não está aberto</translation>
    </message>
    <message>
        <source>%1 was refused by the server and is dropped: %2</source>
        <translation>%1 foi recusado pelo servidor e descartado: %2</translation>
    </message>
    <message>
        <source>%1: folder %2 is not in the store</source>
        <translation>%1: a pasta %2 não está no armazenamento local</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Uma pasta precisa de um nome.</translation>
    </message>
    <message>
        <source>A folder name cannot contain control characters.</source>
        <translation>Um nome de pasta não pode conter caracteres de controle.</translation>
    </message>
    <message>
        <source>A folder name cannot contain * or % (they are LIST wildcards, RFC 3501 §6.3.8).</source>
        <translation>Um nome de pasta não pode conter * ou % (são curingas do LIST, RFC 3501 §6.3.8).</translation>
    </message>
    <message>
        <source>CREATE %1: %2</source>
        <translation>CREATE %1: %2</translation>
    </message>
    <message>
        <source>CREATE %1: that folder exists already</source>
        <translation>CREATE %1: essa pasta já existe</translation>
    </message>
    <message>
        <source>RENAME: that folder is no longer in the store</source>
        <translation>RENAME: essa pasta não está mais no armazenamento local</translation>
    </message>
    <message>
        <source>INBOX keeps its name (RFC 3501 §6.3.5 gives renaming it another meaning)</source>
        <translation>A INBOX mantém seu nome (a RFC 3501 §6.3.5 dá outro sentido a renomeá-la)</translation>
    </message>
    <message>
        <source>a folder of that name exists already</source>
        <translation>já existe uma pasta com esse nome</translation>
    </message>
    <message>
        <source>RENAME %1: %2</source>
        <translation>RENAME %1: %2</translation>
    </message>
    <message>
        <source>DELETE: that folder is no longer in the store</source>
        <translation>DELETE: essa pasta não está mais no armazenamento local</translation>
    </message>
    <message>
        <source>DELETE INBOX: INBOX cannot be deleted (RFC 3501 §6.3.4)</source>
        <translation>DELETE INBOX: a INBOX não pode ser apagada (RFC 3501 §6.3.4)</translation>
    </message>
    <message>
        <source>FETCH: folder %1 is not a folder on the server</source>
        <translation>FETCH: a pasta %1 não é uma pasta do servidor</translation>
    </message>
    <message>
        <source>%1: that folder is not on the server</source>
        <translation>%1: essa pasta não está no servidor</translation>
    </message>
</context>
<context>
    <name>carteiro::ImapConnection</name>
    <message>
        <source>the server has no UIDPLUS: expunging only these messages is impossible</source>
        <translation>o servidor não tem UIDPLUS: não é possível remover (EXPUNGE) só estas mensagens</translation>
    </message>
</context>
<context>
    <name>carteiro::ImapFolderSync</name>
    <message>
        <source>SYNC: folder %1 is not in the store: %2</source>
        <translation>SYNC: a pasta %1 não está no armazenamento local: %2</translation>
    </message>
    <message>
        <source>SYNC %1: the IMAP connection is not ready</source>
        <translation>SYNC %1: a conexão IMAP não está pronta</translation>
    </message>
    <message>
        <source>SYNC %1: the connection closed</source>
        <translation>SYNC %1: a conexão foi fechada</translation>
    </message>
    <message>
        <source>SYNC %1: cancelled</source>
        <translation>SYNC %1: cancelado</translation>
    </message>
    <message>
        <source>UID FETCH (FLAGS) in %1: %2</source>
        <translation>UID FETCH (FLAGS) em %1: %2</translation>
    </message>
    <message>
        <source>SELECT %1: %2</source>
        <translation>SELECT %1: %2</translation>
    </message>
    <message>
        <source>SELECT %1: the server sent no UIDVALIDITY, so no cache can be trusted</source>
        <translation>SELECT %1: o servidor não enviou UIDVALIDITY, então nenhum cache é confiável</translation>
    </message>
    <message>
        <source>SYNC %1: could not drop the old cache: %2</source>
        <translation>SYNC %1: não foi possível descartar o cache antigo: %2</translation>
    </message>
    <message>
        <source>UID SEARCH in %1: %2</source>
        <translation>UID SEARCH em %1: %2</translation>
    </message>
    <message>
        <source>SYNC %1: could not remove expunged messages: %2</source>
        <translation>SYNC %1: não foi possível remover as mensagens apagadas no servidor (EXPUNGE): %2</translation>
    </message>
    <message>
        <source>SYNC %1: could not store changed flags: %2</source>
        <translation>SYNC %1: não foi possível armazenar as flags alteradas: %2</translation>
    </message>
    <message>
        <source>UID FETCH of headers in %1: %2</source>
        <translation>UID FETCH dos cabeçalhos em %1: %2</translation>
    </message>
    <message>
        <source>SYNC %1: could not store %2 messages: %3</source>
        <translation>SYNC %1: não foi possível armazenar %2 mensagens: %3</translation>
    </message>
    <message>
        <source>SYNC %1: could not record the sync state: %2</source>
        <translation>SYNC %1: não foi possível registrar o estado de sincronização: %2</translation>
    </message>
</context>
<context>
    <name>carteiro::IncomingCheck</name>
    <message>
        <source>No TLS: this is a plaintext lab account.</source>
        <translation>Sem TLS: esta é uma conta de laboratório sem criptografia.</translation>
    </message>
    <message>
        <source>TLS: %1, %2, certificate %3.</source>
        <translation>TLS: %1, %2, certificado %3.</translation>
    </message>
    <message>
        <source>accepted by your exception</source>
        <translation>aceito pela sua exceção</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado pelo usuário</translation>
    </message>
    <message>
        <source>Connected to %1:%2.</source>
        <translation>Conectado a %1:%2.</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Capacidades: %1</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Login feito como %1.</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Login feito como %1 (%2).</translation>
    </message>
    <message>
        <source>LOGOUT: no answer; the connection was closed.</source>
        <translation>LOGOUT: sem resposta; a conexão foi fechada.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
    <message>
        <source>LOGOUT: the server said goodbye.</source>
        <translation>LOGOUT: o servidor se despediu.</translation>
    </message>
    <message>
        <source>Capabilities read (CAPA).</source>
        <translation>Capacidades lidas (CAPA).</translation>
    </message>
    <message>
        <source>Capabilities: SASL %1</source>
        <translation>Capacidades: SASL %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the maildrop; nothing was downloaded.</source>
        <translation>
            <numerusform>%n mensagem na caixa postal; nada foi baixado.</numerusform>
            <numerusform>%n mensagens na caixa postal; nada foi baixado.</numerusform>
        </translation>
    </message>
    <message>
        <source>QUIT: the server said goodbye.</source>
        <translation>QUIT: o servidor se despediu.</translation>
    </message>
    <message>
        <source>QUIT: no answer; the connection was closed.</source>
        <translation>QUIT: sem resposta; a conexão foi fechada.</translation>
    </message>
</context>
<context>
    <name>carteiro::InspectorDock</name>
    <message>
        <source>Protocol inspector</source>
        <translation>Inspetor de protocolos</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>MIME</source>
        <translation>MIME</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto menor (Ctrl+-)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Default text size (Ctrl+0)</source>
        <translation>Tamanho de texto padrão (Ctrl+0)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text for a projector (Ctrl++)</source>
        <translation>Texto maior, para projetor (Ctrl++)</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
</context>
<context>
    <name>carteiro::JourneyActions</name>
    <message>
        <source>&amp;Journey of the message</source>
        <translation>&amp;Percurso da mensagem</translation>
    </message>
    <message>
        <source>Show the path this message took, from the sender&apos;s program through each mail server to your mailbox</source>
        <translation>Mostra o caminho que esta mensagem fez, do programa de quem enviou, passando por cada servidor de correio, até a sua caixa postal</translation>
    </message>
    <message>
        <source>Carteiro&apos;s own records could not be read (%1): only the message&apos;s header is shown.</source>
        <translation>Os registros do próprio Carteiro não puderam ser lidos (%1): só o cabeçalho da mensagem é mostrado.</translation>
    </message>
    <message>
        <source>Reading Carteiro&apos;s records of this message...</source>
        <translation>Lendo os registros do Carteiro sobre esta mensagem...</translation>
    </message>
</context>
<context>
    <name>carteiro::JourneyView</name>
    <message>
        <source>The message&apos;s journey</source>
        <translation>O percurso da mensagem</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>horário desconhecido</translation>
    </message>
    <message>
        <source>  (%1 earlier!)</source>
        <translation>  (%1 antes!)</translation>
    </message>
    <message>
        <source>  (+%1)</source>
        <translation>  (+%1)</translation>
    </message>
    <message>
        <source>This message has no Received field, and Carteiro has no record of it.</source>
        <translation>Esta mensagem não tem campo Received, e o Carteiro não tem registro dela.</translation>
    </message>
</context>
<context>
    <name>carteiro::JourneyWindow</name>
    <message>
        <source>Journey of the message</source>
        <translation>Percurso da mensagem</translation>
    </message>
    <message>
        <source>Oldest first: from the sender&apos;s program (MUA) through the mail servers (MTA) to the mailbox and the reader&apos;s program. Click a step to see the header line it was read from.</source>
        <translation>Do mais antigo ao mais recente: do programa de quem enviou (MUA), pelos servidores de correio (MTA), até a caixa postal e o programa de quem lê. Clique num passo para ver a linha do cabeçalho de onde ele foi lido.</translation>
    </message>
    <message>
        <source>Journey of a message without a subject</source>
        <translation>Percurso de uma mensagem sem assunto</translation>
    </message>
    <message>
        <source>Journey of “%1”</source>
        <translation>Percurso de “%1”</translation>
    </message>
    <message>
        <source>This message has no Received field, and Carteiro has no record of sending or fetching it.</source>
        <translation>Esta mensagem não tem campo Received, e o Carteiro não tem registro de tê-la enviado ou buscado.</translation>
    </message>
    <message>
        <source>No step chosen.</source>
        <translation>Nenhum passo escolhido.</translation>
    </message>
    <message>
        <source>Step %1: %2 → %3</source>
        <translation>Passo %1: %2 → %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source> (%1 before the step before)</source>
        <translation> (%1 antes do passo anterior)</translation>
    </message>
    <message>
        <source> (%1 after the step before)</source>
        <translation> (%1 depois do passo anterior)</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Carteiro got the 250 at:</source>
        <translation>O Carteiro recebeu o 250 às:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Not fully read:</source>
        <translation>Não lido por inteiro:</translation>
    </message>
    <message>
        <source>The header line:</source>
        <translation>A linha do cabeçalho:</translation>
    </message>
    <message>
        <source>Carteiro&apos;s record:</source>
        <translation>O registro do Carteiro:</translation>
    </message>
    <message>
        <source>What the servers claim</source>
        <translation>O que os servidores afirmam</translation>
    </message>
    <message>
        <source>Fields servers added on the way. Carteiro checks none of them: they are claims, as trustworthy as the server that wrote them.</source>
        <translation>Campos que os servidores acrescentaram pelo caminho. O Carteiro não confere nenhum deles: são afirmações, tão confiáveis quanto o servidor que as escreveu.</translation>
    </message>
    <message>
        <source>No Return-Path, Authentication-Results or DKIM-Signature field.</source>
        <translation>Nenhum campo Return-Path, Authentication-Results ou DKIM-Signature.</translation>
    </message>
    <message>
        <source> (added by %1; not verified by Carteiro)</source>
        <translation> (acrescentado por %1; não verificado pelo Carteiro)</translation>
    </message>
</context>
<context>
    <name>carteiro::KeychainSecretStore</name>
    <message>
        <source>The system keychain</source>
        <translation>O chaveiro do sistema</translation>
    </message>
</context>
<context>
    <name>carteiro::LadderView</name>
    <message>
        <source>Export SVG...</source>
        <translation>Exportar SVG...</translation>
    </message>
    <message>
        <source>Save the diagram as an SVG drawing (for slides)</source>
        <translation>Salvar o diagrama como desenho SVG (para slides)</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Exportar PNG...</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image (for slides)</source>
        <translation>Salvar o diagrama como imagem PNG (para slides)</translation>
    </message>
    <message>
        <source>Click an arrow: its line is selected in the transcript and explained here.</source>
        <translation>Clique numa seta: a linha dela é selecionada na transcrição e explicada aqui.</translation>
    </message>
    <message>
        <source>Server (%1)</source>
        <translation>Servidor (%1)</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>Nenhuma conexão ainda</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>No explanation for this line yet.</source>
        <translation>Ainda não há explicação para esta linha.</translation>
    </message>
    <message>
        <source>Sent before the reply to the previous command arrived (pipelining, RFC 2920).</source>
        <translation>Enviado antes de chegar a resposta ao comando anterior (pipelining, RFC 2920).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export diagram as SVG</source>
        <translation>Exportar diagrama como SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>Desenhos SVG (*.svg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export diagram as PNG</source>
        <translation>Exportar diagrama como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Imagens PNG (*.png);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>carteiro::LaunchHandler</name>
    <message>
        <source>Cannot open the link: %1.</source>
        <translation>Não foi possível abrir o link: %1.</translation>
    </message>
    <message>
        <source>The link asked to attach files from this computer. Carteiro never attaches anything from a link (a known trick to steal files); these parameters were refused:
%1</source>
        <translation>O link pediu para anexar arquivos deste computador. O Carteiro nunca anexa nada a partir de um link (é um truque conhecido para roubar arquivos); estes parâmetros foram recusados:
%1</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Não foi possível abrir %1: esse arquivo não existe.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a message file.</source>
        <translation>Não foi possível abrir %1: é uma pasta, não um arquivo de mensagem.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2 MB is too big for a mail message (at most %3 MB).</source>
        <translation>Não foi possível abrir %1: %2 MB é grande demais para uma mensagem de e-mail (no máximo %3 MB).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Não foi possível abrir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty.</source>
        <translation>Não foi possível abrir %1: o arquivo está vazio.</translation>
    </message>
    <message>
        <source>Cannot open %1: it does not look like a mail message (.eml): it does not begin with header fields such as &quot;From:&quot; or &quot;Subject:&quot;.</source>
        <translation>Não foi possível abrir %1: não parece uma mensagem de e-mail (.eml), pois não começa com campos de cabeçalho como &quot;From:&quot; ou &quot;Subject:&quot;.</translation>
    </message>
    <message>
        <source>Carteiro</source>
        <translation>Carteiro</translation>
    </message>
</context>
<context>
    <name>carteiro::LoginFailedDialog</name>
    <message>
        <source>Login refused</source>
        <translation>Login recusado</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Enter a &amp;new password...</source>
        <translation>Informar uma senha &amp;nova...</translation>
    </message>
    <message>
        <source>Account &amp;settings...</source>
        <translation>&amp;Configurações da conta...</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Depois</translation>
    </message>
    <message>
        <source>The server refused the login for %1.</source>
        <translation>O servidor recusou o login de %1.</translation>
    </message>
    <message>
        <source>The server refused this password earlier.</source>
        <translation>O servidor já recusou esta senha antes.</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>O servidor disse: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Carteiro will not try the same password again by itself. Retry (if the server had a passing problem), enter a new password, or check the user name and server in the account settings. The mail already downloaded stays readable.</source>
        <translation>O Carteiro não vai tentar a mesma senha de novo sozinho. Tente de novo (se o servidor teve um problema passageiro), informe uma senha nova, ou confira o nome de usuário e o servidor nas configurações da conta. As mensagens já baixadas continuam legíveis.</translation>
    </message>
</context>
<context>
    <name>carteiro::MailNotifier</name>
    <message>
        <source>Show &amp;Tray Icon</source>
        <translation>Mostrar ícone na &amp;bandeja</translation>
    </message>
    <message>
        <source>An icon beside the clock with the number of unread messages</source>
        <translation>Um ícone ao lado do relógio com o número de mensagens não lidas</translation>
    </message>
    <message>
        <source>&amp;Notify About New Mail</source>
        <translation>&amp;Avisar sobre novas mensagens</translation>
    </message>
    <message>
        <source>A desktop notice with the sender and subject of new mail</source>
        <translation>Um aviso na área de trabalho com o remetente e o assunto das novas mensagens</translation>
    </message>
    <message>
        <source>Carteiro: no unread mail</source>
        <translation>Carteiro: nenhuma mensagem não lida</translation>
    </message>
    <message numerus="yes">
        <source>Carteiro: %n unread message(s)</source>
        <translation>
            <numerusform>Carteiro: %n mensagem não lida</numerusform>
            <numerusform>Carteiro: %n mensagens não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation>Nova mensagem de %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n mensagem nova em %1</numerusform>
            <numerusform>%n mensagens novas em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::MailtoLink</name>
    <message>
        <source>the mailto: link is too long (%1 characters; at most %2)</source>
        <translation>o link mailto: é longo demais (%1 caracteres; no máximo %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: link</source>
        <translation>&quot;%1&quot; não é um link mailto:</translation>
    </message>
    <message>
        <source>the mailto: link holds a control character that is not %-encoded</source>
        <translation>o link mailto: contém um caractere de controle sem codificação %</translation>
    </message>
    <message>
        <source>address</source>
        <translation>o endereço</translation>
    </message>
    <message>
        <source>a parameter name</source>
        <translation>um nome de parâmetro</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;</source>
        <translation>o parâmetro &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>carteiro::MainWindow</name>
    <message>
        <source>Carteiro</source>
        <translation>Carteiro</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Enviando %1 de %2</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Escrever</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>Escrever uma nova mensagem</translation>
    </message>
    <message>
        <source>Send/&amp;Receive</source>
        <translation>Enviar/&amp;Receber</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspetor</translation>
    </message>
    <message>
        <source>&amp;Account settings...</source>
        <translation>&amp;Configurações da conta...</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;Nova conta...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No keychain service is available: passwords are asked for when sending and kept in memory only.</source>
        <translation>Não há serviço de chaveiro disponível: as senhas são pedidas no envio e ficam só na memória.</translation>
    </message>
    <message>
        <source>Lab account ready: %1 on %2:%3</source>
        <translation>Conta de laboratório pronta: %1 em %2:%3</translation>
    </message>
    <message>
        <source>No account yet: Settings &gt; New account</source>
        <translation>Nenhuma conta ainda: Configurações &gt; Nova conta</translation>
    </message>
    <message>
        <source>Add an account first (Settings &gt; New account).</source>
        <translation>Adicione uma conta primeiro (Configurações &gt; Nova conta).</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nova conta</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Testando a conexão...</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Connection test passed.</source>
        <translation>Teste de conexão bem-sucedido.</translation>
    </message>
    <message>
        <source>Sent (%1), queued as %2.</source>
        <translation>Enviada (%1), enfileirada como %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falha: %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>não é possível gravar a captura de tela em %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1</source>
        <translation>
            <numerusform>%n mensagem nova em %1</numerusform>
            <numerusform>%n mensagens novas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>Check for new mail and bring the folders up to date</source>
        <translation>Verificar se há mensagens novas e atualizar as pastas</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Reply to the sender</source>
        <translation>Responder ao remetente</translation>
    </message>
    <message>
        <source>Reply &amp;all</source>
        <translation>Responder a &amp;todos</translation>
    </message>
    <message>
        <source>Reply to the sender and every other recipient</source>
        <translation>Responder ao remetente e a todos os outros destinatários</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Encaminhar</translation>
    </message>
    <message>
        <source>Forward the message in the body of a new one</source>
        <translation>Encaminhar a mensagem no corpo de uma nova</translation>
    </message>
    <message>
        <source>Forward as a&amp;ttachment</source>
        <translation>Encaminhar como &amp;anexo</translation>
    </message>
    <message>
        <source>Forward the whole message, unchanged, as an attachment</source>
        <translation>Encaminhar a mensagem inteira, sem alterações, como anexo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Move the selected messages to the Trash</source>
        <translation>Mover as mensagens selecionadas para a Lixeira</translation>
    </message>
    <message>
        <source>Mark as r&amp;ead</source>
        <translation>Marcar como &amp;lida</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marcar como &amp;não lida</translation>
    </message>
    <message>
        <source>&amp;Flag / unflag</source>
        <translation>&amp;Sinalizar / remover sinalização</translation>
    </message>
    <message>
        <source>Group by &amp;conversation</source>
        <translation>Agrupar por &amp;conversa</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
    </message>
    <message>
        <source>Offline: no password for %1 yet (Send/Receive asks for it).</source>
        <translation>Desconectado: ainda não há senha para %1 (Enviar/Receber vai pedi-la).</translation>
    </message>
    <message>
        <source>Your address in the account settings is not valid: %1</source>
        <translation>Seu endereço nas configurações da conta não é válido: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the reply: %1</source>
        <translation>Não é possível preparar a resposta: %1</translation>
    </message>
    <message>
        <source>Open unsent &amp;drafts</source>
        <translation>Abrir rascunhos &amp;não enviados</translation>
    </message>
    <message>
        <source>Reopen the messages you were writing and did not send</source>
        <translation>Reabrir as mensagens que você estava escrevendo e não enviou</translation>
    </message>
    <message>
        <source>Open unsent &amp;drafts (%1)</source>
        <translation>Abrir rascunhos &amp;não enviados (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent draft(s) kept from before: File &gt; Open unsent drafts.</source>
        <translation>
            <numerusform>%n rascunho não enviado guardado de antes: Arquivo &gt; Abrir rascunhos não enviados.</numerusform>
            <numerusform>%n rascunhos não enviados guardados de antes: Arquivo &gt; Abrir rascunhos não enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft &quot;%1&quot; cannot be opened: %2</source>
        <translation>O rascunho &quot;%1&quot; não pode ser aberto: %2</translation>
    </message>
    <message>
        <source>No unsent drafts to open.</source>
        <translation>Nenhum rascunho não enviado para abrir.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Interrompido pelo usuário.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server refused the login.</source>
        <translation>%1: o servidor recusou o login.</translation>
    </message>
    <message>
        <source>%1: the server refused the login: &quot;%2&quot;</source>
        <translation>%1: o servidor recusou o login: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is offline: the login was refused (Send/Receive to try again).</source>
        <translation>%1 está desconectada: o login foi recusado (Enviar/Receber para tentar de novo).</translation>
    </message>
    <message>
        <source>the account is not open</source>
        <translation>a conta não está aberta</translation>
    </message>
    <message>
        <source>Not applied on the server: %1</source>
        <translation>Não aplicado no servidor: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <source>&amp;Sending...</source>
        <translation>&amp;Envio...</translation>
    </message>
    <message>
        <source>How long a sent message can still be taken back (Undo send)</source>
        <translation>Por quanto tempo uma mensagem enviada ainda pode ser recuperada (Desfazer envio)</translation>
    </message>
    <message>
        <source>The outbox cannot be used, nothing is sent: %1</source>
        <translation>A caixa de saída não pode ser usada, nada é enviado: %1</translation>
    </message>
    <message>
        <source>Messages from %1 wait in the Outbox: no password given.</source>
        <translation>As mensagens de %1 esperam na Caixa de saída: nenhuma senha informada.</translation>
    </message>
    <message>
        <source>Queued in the Outbox.</source>
        <translation>Na fila da Caixa de saída.</translation>
    </message>
    <message>
        <source>“%1” waits in the Outbox until %2.</source>
        <translation>“%1” espera na Caixa de saída até %2.</translation>
    </message>
    <message>
        <source>Queued in the Outbox; sending...</source>
        <translation>Na fila da Caixa de saída; enviando...</translation>
    </message>
    <message>
        <source>the message was queued without a draft (by carteiro-cli), so there is nothing to edit</source>
        <translation>a mensagem entrou na fila sem rascunho (pelo carteiro-cli), então não há o que editar</translation>
    </message>
    <message>
        <source>Too late to undo: %1</source>
        <translation>Tarde demais para desfazer: %1</translation>
    </message>
    <message>
        <source>Cannot edit this message: %1</source>
        <translation>Não é possível editar esta mensagem: %1</translation>
    </message>
    <message>
        <source>The message was taken out of the Outbox but cannot be reopened: %1</source>
        <translation>A mensagem saiu da Caixa de saída, mas não pode ser reaberta: %1</translation>
    </message>
    <message>
        <source>Sending undone: the message is back in a composer window; nothing was sent.</source>
        <translation>Envio desfeito: a mensagem voltou para uma janela de redação; nada foi enviado.</translation>
    </message>
    <message>
        <source>The message is back in a composer window; it was taken out of the Outbox.</source>
        <translation>A mensagem voltou para uma janela de redação; ela saiu da Caixa de saída.</translation>
    </message>
    <message>
        <source>Stopped in step mode: “%1” was not sent; it waits in the Outbox.</source>
        <translation>Parado no modo passo a passo: “%1” não foi enviada; ela espera na Caixa de saída.</translation>
    </message>
    <message>
        <source>“%1” was not sent; it waits in the Outbox.</source>
        <translation>“%1” não foi enviada; ela espera na Caixa de saída.</translation>
    </message>
    <message>
        <source>Possibly sent</source>
        <translation>Talvez enviada</translation>
    </message>
    <message>
        <source>“%1”: the connection was lost after the whole message went out and before the server answered. The server may have received it; sending again may deliver it twice. It is kept in the Outbox: decide there.</source>
        <translation>“%1”: a conexão caiu depois que a mensagem inteira saiu e antes de o servidor responder. O servidor pode tê-la recebido; enviar de novo pode entregá-la duas vezes. Ela fica na Caixa de saída: decida lá.</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ainda não enviada</translation>
    </message>
    <message>
        <source>“%1” could not be sent now; it stays in the Outbox and is tried again by itself%2.</source>
        <translation>“%1” não pôde ser enviada agora; ela fica na Caixa de saída e será tentada de novo sozinha%2.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> às %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>The server refused “%1”. It is kept in the Outbox: correct it (Edit) or try again (Retry).</source>
        <translation>O servidor recusou “%1”. Ela fica na Caixa de saída: corrija (Editar) ou tente de novo (Tentar de novo).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>O servidor disse: %1</translation>
    </message>
    <message>
        <source>Refused recipients:</source>
        <translation>Destinatários recusados:</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>The message is now filed in “%1”.</source>
        <translation>A mensagem agora está salva em “%1”.</translation>
    </message>
    <message>
        <source>Folder: %1
Error: %2</source>
        <translation>Pasta: %1
Erro: %2</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(não encontrada)</translation>
    </message>
    <message>
        <source>Sent, but not filed in Sent</source>
        <translation>Enviada, mas não salva em Enviados</translation>
    </message>
    <message>
        <source>“%1” was sent, but it could not be filed in your Sent folder. The copy is kept in the Outbox until filing succeeds.</source>
        <translation>“%1” foi enviada, mas não foi possível salvá-la na sua pasta Enviados. A cópia fica na Caixa de saída até que ela seja salva lá.</translation>
    </message>
    <message>
        <source>Show in &amp;Outbox</source>
        <translation>Mostrar na &amp;Caixa de saída</translation>
    </message>
    <message>
        <source>&amp;Retry filing</source>
        <translation>&amp;Tentar salvar de novo</translation>
    </message>
    <message>
        <source>Filing in Sent again...</source>
        <translation>Salvando em Enviados de novo...</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>Pastas locais</translation>
    </message>
    <message>
        <source>Opened mailboxes</source>
        <translation>Caixas de correio abertas</translation>
    </message>
    <message>
        <source>Reading the mailbox: %p%</source>
        <translation>Lendo a caixa de correio: %p%</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read from the mailbox</source>
        <translation>
            <numerusform>%n mensagem lida da caixa de correio</numerusform>
            <numerusform>%n mensagens lidas da caixa de correio</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop reading the mailbox, or stop the copy after the current message</source>
        <translation>Parar a leitura da caixa de correio, ou parar a cópia depois da mensagem atual</translation>
    </message>
    <message>
        <source>Copied %1 of %2</source>
        <translation>Copiadas: %1 de %2</translation>
    </message>
    <message>
        <source>Open &amp;Mailbox</source>
        <translation>Abrir &amp;caixa de correio</translation>
    </message>
    <message>
        <source>&amp;mbox File...</source>
        <translation>Arquivo &amp;mbox...</translation>
    </message>
    <message>
        <source>Read a mailbox file (mbox: mboxo, mboxrd, mboxcl, mboxcl2) directly, without changing it</source>
        <translation>Ler diretamente um arquivo de caixa de correio (mbox: mboxo, mboxrd, mboxcl, mboxcl2), sem alterá-lo</translation>
    </message>
    <message>
        <source>Maildir or MH &amp;Folder...</source>
        <translation>&amp;Pasta Maildir ou MH...</translation>
    </message>
    <message>
        <source>Read a Maildir (cur, new, tmp) or an MH folder directly, without changing it</source>
        <translation>Ler diretamente um Maildir (cur, new, tmp) ou uma pasta MH, sem alterá-los</translation>
    </message>
    <message>
        <source>&amp;Export Folder as mbox...</source>
        <translation>&amp;Exportar pasta como mbox...</translation>
    </message>
    <message>
        <source>Write every message of the open folder to an mboxrd file</source>
        <translation>Gravar todas as mensagens da pasta aberta num arquivo mboxrd</translation>
    </message>
    <message>
        <source>Open a Maildir or MH folder</source>
        <translation>Abrir uma pasta Maildir ou MH</translation>
    </message>
    <message>
        <source>Open an mbox file</source>
        <translation>Abrir um arquivo mbox</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
    </message>
    <message>
        <source>Open the folder to export first.</source>
        <translation>Abra antes a pasta que quer exportar.</translation>
    </message>
    <message>
        <source>Export %1 as mbox</source>
        <translation>Exportar %1 como mbox</translation>
    </message>
    <message>
        <source>&amp;Import into Local Folders</source>
        <translation>&amp;Importar para as Pastas locais</translation>
    </message>
    <message>
        <source>&amp;Close Mailbox</source>
        <translation>&amp;Fechar caixa de correio</translation>
    </message>
    <message>
        <source>E&amp;xport as mbox...</source>
        <translation>E&amp;xportar como mbox...</translation>
    </message>
    <message>
        <source>Open the folder first: its messages are exported as listed</source>
        <translation>Abra a pasta antes: as mensagens são exportadas como aparecem na lista</translation>
    </message>
    <message>
        <source>%1 of %2 copied. %3 Nothing was lost: the rest is where it was.</source>
        <translation>%1 de %2 copiadas. %3 Nada se perdeu: o resto continua onde estava.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1</source>
        <translation>
            <numerusform>%n mensagem exportada para %1</numerusform>
            <numerusform>%n mensagens exportadas para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied</source>
        <translation>
            <numerusform>%n mensagem copiada</numerusform>
            <numerusform>%n mensagens copiadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::MemorySecretStore</name>
    <message>
        <source>Kept in memory until Carteiro quits (not saved)</source>
        <translation>Guardada na memória até o Carteiro ser fechado (não é salva)</translation>
    </message>
    <message>
        <source>No password is kept for this account.</source>
        <translation>Não há senha guardada para esta conta.</translation>
    </message>
</context>
<context>
    <name>carteiro::MessageFileWindow</name>
    <message>
        <source>%1 - Carteiro</source>
        <translation>%1 - Carteiro</translation>
    </message>
</context>
<context>
    <name>carteiro::MessageListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalizada</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Com anexos</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Não sinalizada</translation>
    </message>
    <message>
        <source>No attachments</source>
        <translation>Sem anexos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
</context>
<context>
    <name>carteiro::MessageView</name>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>Responder a:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>Show plain text</source>
        <translation>Mostrar texto simples</translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>O conteúdo remoto foi bloqueado para proteger a sua privacidade.</translation>
    </message>
    <message>
        <source>Load remote content</source>
        <translation>Carregar conteúdo remoto</translation>
    </message>
    <message>
        <source>Fetches the images and style sheets of this message from the Internet. The sender can then tell that you opened it.</source>
        <translation>Busca na Internet as imagens e folhas de estilo desta mensagem. Com isso, o remetente pode saber que você a abriu.</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Corpo da mensagem</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>The structure of this message could not be read (%1); it is shown as plain text.</source>
        <translation>Não foi possível ler a estrutura desta mensagem (%1); ela é mostrada como texto simples.</translation>
    </message>
    <message>
        <source>The text is very long: only its beginning is shown. Save the message to read it all.</source>
        <translation>O texto é muito longo: só o início é mostrado. Salve a mensagem para ler tudo.</translation>
    </message>
    <message>
        <source>As received: %1</source>
        <translation>Como recebido: %1</translation>
    </message>
    <message>
        <source>The sender named it &quot;%1&quot;; it is saved as &quot;%2&quot;.</source>
        <translation>O remetente o chamou de &quot;%1&quot;; ele é salvo como &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>Reproduzir %1</translation>
    </message>
    <message>
        <source>No audio output device was found on this computer.</source>
        <translation>Nenhum dispositivo de saída de áudio foi encontrado neste computador.</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Salvar...</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Salvar %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>This file could run a program: save it and check it before opening it.</source>
        <translation>Este arquivo pode executar um programa: salve-o e verifique-o antes de abri-lo.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: &quot;%2&quot; is not a folder.</source>
        <translation>Não é possível salvar &quot;%1&quot;: &quot;%2&quot; não é uma pasta.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>Não é possível salvar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as %2.</source>
        <translation>&quot;%1&quot; salvo como %2.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: no private temporary folder (%2).</source>
        <translation>Não é possível abrir &quot;%1&quot;: não há pasta temporária privada (%2).</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Não é possível abrir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No application could open &quot;%1&quot;.</source>
        <translation>Nenhum aplicativo conseguiu abrir &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>The formatted text is very long (%1): only its beginning is shown.</source>
        <translation>O texto formatado é muito longo (%1): só o começo é mostrado.</translation>
    </message>
    <message>
        <source>The formatted text is very long (%1): its plain text version is shown.</source>
        <translation>O texto formatado é muito longo (%1): a versão em texto simples é mostrada.</translation>
    </message>
    <message>
        <source>Shows the whole formatted text. A very long one comes in by parts; click again to stop.</source>
        <translation>Mostra todo o texto formatado. Um texto muito longo chega por partes; clique de novo para parar.</translation>
    </message>
    <message>
        <source>Showing all of the formatted text (%1): %2% so far.</source>
        <translation>Mostrando todo o texto formatado (%1): %2% até agora.</translation>
    </message>
    <message>
        <source>No message selected.

Choose a message in the list to read it here.</source>
        <translation>Nenhuma mensagem selecionada.

Escolha uma mensagem na lista para lê-la aqui.</translation>
    </message>
</context>
<context>
    <name>carteiro::MimePane</name>
    <message>
        <source>Show more</source>
        <translation>Mostrar mais</translation>
    </message>
    <message>
        <source>Header of the selected part (raw)</source>
        <translation>Cabeçalho da parte selecionada (bruto)</translation>
    </message>
    <message>
        <source>No message yet: send one and its structure appears here.</source>
        <translation>Nenhuma mensagem ainda: envie uma e a estrutura dela aparece aqui.</translation>
    </message>
    <message>
        <source>Cannot show the MIME structure: %1</source>
        <translation>Não é possível mostrar a estrutura MIME: %1</translation>
    </message>
    <message>
        <source>Body of %1 (raw, as sent: %2 encoded, %3 decoded)</source>
        <translation>Corpo de %1 (bruto, como enviado; codificado: %2, decodificado: %3)</translation>
    </message>
    <message>
        <source>; showing the first %1 of %2</source>
        <translation>; mostrando os primeiros %1 de %2</translation>
    </message>
</context>
<context>
    <name>carteiro::MimeTreeModel</name>
    <message>
        <source>Disposition: %1</source>
        <translation>Disposição: %1</translation>
    </message>
    <message>
        <source>Body: %1 bytes encoded, %2 bytes decoded</source>
        <translation>Corpo: %1 bytes codificados, %2 bytes decodificados</translation>
    </message>
    <message>
        <source>Defect: %1</source>
        <translation>Defeito: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <source>Charset</source>
        <translation>Charset</translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation>Codificado</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Decodificado</translation>
    </message>
</context>
<context>
    <name>carteiro::MxDialog</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>How does mail reach this domain?</source>
        <translation>Como o e-mail chega a este domínio?</translation>
    </message>
    <message>
        <source>example.test or bob@example.test</source>
        <translation>example.test ou bob@example.test</translation>
    </message>
    <message>
        <source>A mail server sending to an address asks DNS for the MX records of its domain (RFC 5321 §5.1) and hands the message to the first of those servers that answers.</source>
        <translation>Um servidor de correio que envia para um endereço pergunta ao DNS pelos registros MX do domínio (RFC 5321 §5.1) e entrega a mensagem ao primeiro desses servidores que responder.</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domínio:</translation>
    </message>
    <message>
        <source>Asking DNS about %1...</source>
        <translation>Consultando o DNS sobre %1...</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferência</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correio</translation>
    </message>
    <message>
        <source>How does mail reach %1?</source>
        <translation>Como o e-mail chega a %1?</translation>
    </message>
</context>
<context>
    <name>carteiro::MxLookup</name>
    <message>
        <source>no domain given: type a domain (example.test) or an address (bob@example.test)</source>
        <translation>nenhum domínio informado: digite um domínio (example.test) ou um endereço (bob@example.test)</translation>
    </message>
    <message>
        <source>%1 is an address literal (RFC 5321 §4.1.3): mail goes straight to that address, no DNS lookup is made</source>
        <translation>%1 é um endereço literal (RFC 5321 §4.1.3): o e-mail vai direto para esse endereço, sem consulta ao DNS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name (letters, digits and hyphens, in labels of at most 63 characters separated by dots)</source>
        <translation>&quot;%1&quot; não é um nome de domínio (letras, dígitos e hífens, em rótulos de até 63 caracteres separados por pontos)</translation>
    </message>
    <message>
        <source>CARTEIRO_LAB_DNS_SERVER=%1 is not an IP address: the system&apos;s resolver is asked instead</source>
        <translation>CARTEIRO_LAB_DNS_SERVER=%1 não é um endereço IP: o resolvedor do sistema é consultado no lugar</translation>
    </message>
    <message>
        <source>the lab&apos;s nameserver listens on port %1, and Qt %2 can only ask port 53: the system&apos;s resolver is asked instead</source>
        <translation>o servidor de nomes do laboratório escuta na porta %1, e o Qt %2 só consegue consultar a porta 53: o resolvedor do sistema é consultado no lugar</translation>
    </message>
    <message>
        <source>asking the lab&apos;s nameserver %1 (CARTEIRO_LAB_DNS_SERVER)</source>
        <translation>consultando o servidor de nomes do laboratório %1 (CARTEIRO_LAB_DNS_SERVER)</translation>
    </message>
    <message numerus="yes">
        <source>%1 names %n mail server(s) in its MX records (RFC 5321 §5.1).</source>
        <translation>
            <numerusform>%1 indica %n servidor de correio nos seus registros MX (RFC 5321 §5.1).</numerusform>
            <numerusform>%1 indica %n servidores de correio nos seus registros MX (RFC 5321 §5.1).</numerusform>
        </translation>
    </message>
    <message>
        <source>preference %1: %2</source>
        <translation>preferência %1: %2</translation>
    </message>
    <message>
        <source>A sending MTA connects to port 25 of the lowest preference first (%1); the others only when it cannot be reached. Equal preferences share the load.</source>
        <translation>Um MTA remetente se conecta primeiro à porta 25 do de menor preferência (%1); aos outros, só quando não consegue alcançá-lo. Preferências iguais dividem a carga.</translation>
    </message>
    <message>
        <source>%1 publishes a &quot;null MX&quot; (MX 0 .): it accepts no mail at all (RFC 7505). A sending MTA returns mail for it at once.</source>
        <translation>%1 publica um &quot;MX nulo&quot; (MX 0 .): não aceita e-mail nenhum (RFC 7505). Um MTA remetente devolve na hora as mensagens para ele.</translation>
    </message>
    <message>
        <source>%1 has no MX record. Then the domain itself is the mail server, the &quot;implicit MX&quot; (RFC 5321 §5.1): mail goes to port 25 of %2.</source>
        <translation>%1 não tem registro MX. Então o próprio domínio é o servidor de correio, o &quot;MX implícito&quot; (RFC 5321 §5.1): o e-mail vai para a porta 25 de %2.</translation>
    </message>
    <message>
        <source>%1 has neither MX nor A/AAAA records: no such domain, or one without mail. A sending MTA returns the message (&quot;Host or domain name not found&quot;).</source>
        <translation>%1 não tem registros MX nem A/AAAA: o domínio não existe, ou não recebe e-mail. Um MTA remetente devolve a mensagem (&quot;Host or domain name not found&quot;).</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: %2. A sending MTA keeps the message in its queue and tries again later.</source>
        <translation>A consulta DNS de %1 falhou: %2. Um MTA remetente mantém a mensagem na fila e tenta de novo mais tarde.</translation>
    </message>
</context>
<context>
    <name>carteiro::OutboxEngine</name>
    <message>
        <source>no account engine to file with</source>
        <translation>nenhum motor de conta para salvar a mensagem</translation>
    </message>
</context>
<context>
    <name>carteiro::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Possibly sent</source>
        <translation>Talvez enviada</translation>
    </message>
    <message>
        <source>Sent, not filed</source>
        <translation>Enviada, não salva</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Filed in Sent</source>
        <translation>Salva em Enviados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>às %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nova tentativa %1</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>em breve</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviada %1</translation>
    </message>
    <message>
        <source>Not sent before %1.</source>
        <translation>Não será enviada antes de %1.</translation>
    </message>
    <message>
        <source>Sent as soon as the server answers.</source>
        <translation>Enviada assim que o servidor responder.</translation>
    </message>
    <message>
        <source>The server asked to try later; next try at %1.</source>
        <translation>O servidor pediu para tentar mais tarde; nova tentativa em %1.</translation>
    </message>
    <message>
        <source>Accepted by the server at %1.</source>
        <translation>Aceita pelo servidor em %1.</translation>
    </message>
    <message>
        <source>Last attempt at %1.</source>
        <translation>Última tentativa em %1.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Última resposta</translation>
    </message>
</context>
<context>
    <name>carteiro::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar &amp;agora</translation>
    </message>
    <message>
        <source>Send this message now, without waiting for its time</source>
        <translation>Enviar esta mensagem agora, sem esperar a hora dela</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Try this message again</source>
        <translation>Tentar esta mensagem de novo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Take the message back into a composer window</source>
        <translation>Trazer a mensagem de volta para uma janela de redação</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Remove the message from the outbox without sending it</source>
        <translation>Tirar a mensagem da caixa de saída sem enviá-la</translation>
    </message>
    <message>
        <source>Taking the message back...</source>
        <translation>Trazendo a mensagem de volta...</translation>
    </message>
    <message>
        <source>Waiting: %1 Edit takes it back; Send now sends it at once.</source>
        <translation>Aguardando: %1 Editar a traz de volta; Enviar agora a envia já.</translation>
    </message>
    <message>
        <source>Queued: it goes as soon as the server answers.</source>
        <translation>Na fila: ela sai assim que o servidor responder.</translation>
    </message>
    <message>
        <source>Being sent now.</source>
        <translation>Sendo enviada agora.</translation>
    </message>
    <message>
        <source>The server could not take it now (a temporary error or no connection). %1 Send now tries at once.</source>
        <translation>O servidor não pôde recebê-la agora (um erro temporário ou sem conexão). %1 Enviar agora tenta já.</translation>
    </message>
    <message>
        <source>The server refused it. Correct the message (Edit) or try again (Retry).</source>
        <translation>O servidor a recusou. Corrija a mensagem (Editar) ou tente de novo (Tentar de novo).</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message went out and before the server answered: the server may have received it; sending again may deliver it twice. Check with a recipient, or in Sent, before Retry.</source>
        <translation>A conexão caiu depois que a mensagem inteira saiu e antes de o servidor responder: o servidor pode tê-la recebido; enviar de novo pode entregá-la duas vezes. Confirme com um destinatário, ou em Enviados, antes de Tentar de novo.</translation>
    </message>
    <message>
        <source>Sent, but not filed in your Sent folder; the copy is kept here. Retry files it again.</source>
        <translation>Enviada, mas não salva na sua pasta Enviados; a cópia fica aqui. Tentar de novo a salva outra vez.</translation>
    </message>
    <message>
        <source>Sent; being filed in Sent.</source>
        <translation>Enviada; sendo salva em Enviados.</translation>
    </message>
    <message>
        <source>Sent and filed in &quot;%1&quot;.</source>
        <translation>Enviada e salva em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The outbox is empty: everything was sent.</source>
        <translation>A caixa de saída está vazia: tudo foi enviado.</translation>
    </message>
    <message>
        <source>Select a message to see what happened to it.</source>
        <translation>Selecione uma mensagem para ver o que aconteceu com ela.</translation>
    </message>
    <message>
        <source>Server&apos;s reply: %1</source>
        <translation>Resposta do servidor: %1</translation>
    </message>
    <message>
        <source>Refused recipients:</source>
        <translation>Destinatários recusados:</translation>
    </message>
    <message>
        <source>Queued by the server as %1.</source>
        <translation>Aceita pelo servidor com o identificador %1.</translation>
    </message>
    <message>
        <source>Send it again?</source>
        <translation>Enviar de novo?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may already have been delivered.</source>
        <translation>&quot;%1&quot; pode já ter sido entregue.</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message went out and before the server answered: the server may have received it; sending again may deliver it twice.</source>
        <translation>A conexão caiu depois que a mensagem inteira saiu e antes de o servidor responder: o servidor pode tê-la recebido; enviar de novo pode entregá-la duas vezes.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <source>Delete from the outbox?</source>
        <translation>Excluir da caixa de saída?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the outbox?</source>
        <translation>Excluir &quot;%1&quot; da caixa de saída?</translation>
    </message>
    <message>
        <source>It has not been sent and will not be: the message is lost unless you kept a copy.</source>
        <translation>Ela não foi enviada e não será: a mensagem se perde, a menos que você tenha salvado uma cópia.</translation>
    </message>
    <message>
        <source>It was sent; only the copy waiting to be filed in Sent is removed.</source>
        <translation>Ela foi enviada; só a cópia que esperava para ser salva em Enviados é removida.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>carteiro::OutboxWorker</name>
    <message>
        <source>The outbox has no store</source>
        <translation>A caixa de saída não tem um armazenamento</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>não é possível criar uma pasta temporária: %1</translation>
    </message>
    <message>
        <source>cannot read the composed message: %1</source>
        <translation>não é possível ler a mensagem composta: %1</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>a mensagem está vazia</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>a mensagem não tem destinatário</translation>
    </message>
    <message>
        <source>Only a queued or deferred message can be sent now</source>
        <translation>Só uma mensagem na fila ou adiada pode ser enviada agora</translation>
    </message>
    <message>
        <source>The message is not in the outbox or is being sent</source>
        <translation>A mensagem não está na caixa de saída ou está sendo enviada</translation>
    </message>
    <message>
        <source>Only a failed, deferred or possibly sent message can be tried again</source>
        <translation>Só uma mensagem que falhou, foi adiada ou talvez tenha sido enviada pode ser tentada de novo</translation>
    </message>
    <message>
        <source>The message is being sent; it can be removed once the server answered</source>
        <translation>A mensagem está sendo enviada; ela pode ser removida depois que o servidor responder</translation>
    </message>
    <message>
        <source>The message is already being sent</source>
        <translation>A mensagem já está sendo enviada</translation>
    </message>
    <message>
        <source>Filing the message in Sent</source>
        <translation>Salvando a mensagem em Enviados</translation>
    </message>
    <message>
        <source>no password is known for the IMAP login</source>
        <translation>não há senha conhecida para o login IMAP</translation>
    </message>
    <message>
        <source>Sent, but not filed in Sent: %1</source>
        <translation>Enviada, mas não salva em Enviados: %1</translation>
    </message>
    <message>
        <source>the server recorded with the message (&quot;%1&quot;) cannot be used: %2</source>
        <translation>o servidor gravado com a mensagem (&quot;%1&quot;) não pode ser usado: %2</translation>
    </message>
    <message>
        <source>not an smtp:// or smtps:// address</source>
        <translation>não é um endereço smtp:// ou smtps://</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) to %1</source>
        <translation>
            <numerusform>Enviando %n mensagem para %1</numerusform>
            <numerusform>Enviando %n mensagens para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending %1 of %2 to %3</source>
        <translation>Enviando %1 de %2 para %3</translation>
    </message>
    <message>
        <source>the connection ended before this message was sent</source>
        <translation>a conexão terminou antes de esta mensagem ser enviada</translation>
    </message>
    <message>
        <source>Another Carteiro is sending from this outbox; try again once it has finished</source>
        <translation>Outro Carteiro está enviando desta caixa de saída; tente de novo quando ele terminar</translation>
    </message>
    <message>
        <source>This message was queued from the command line: there is no draft to edit</source>
        <translation>Esta mensagem foi enfileirada pela linha de comando: não há rascunho para editar</translation>
    </message>
</context>
<context>
    <name>carteiro::PasswordResolver</name>
    <message>
        <source>This account does not store its password.</source>
        <translation>Esta conta não guarda a senha.</translation>
    </message>
    <message>
        <source>No password is stored for this account yet.</source>
        <translation>Ainda não há senha guardada para esta conta.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer, so the password cannot be stored. It will be kept in memory until Carteiro quits.</source>
        <translation>Não há serviço de chaveiro disponível neste computador, então a senha não pode ser guardada. Ela será mantida na memória até o Carteiro ser fechado.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Não foi possível ler o chaveiro: %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Senha de %1</translation>
    </message>
    <message>
        <source>%1

Password for %2 on %3:</source>
        <translation>%1

Senha de %2 em %3:</translation>
    </message>
    <message>
        <source>The password is kept in memory until Carteiro quits.</source>
        <translation>A senha fica na memória até o Carteiro ser fechado.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer: the password was not stored and is kept in memory until Carteiro quits.</source>
        <translation>Não há serviço de chaveiro disponível neste computador: a senha não foi guardada e fica na memória até o Carteiro ser fechado.</translation>
    </message>
    <message>
        <source>The keychain refused the password (%1): it is kept in memory until Carteiro quits.</source>
        <translation>O chaveiro recusou a senha (%1): ela fica na memória até o Carteiro ser fechado.</translation>
    </message>
</context>
<context>
    <name>carteiro::Pop3RetrieveJob</name>
    <message>
        <source>no message store to download into</source>
        <translation>não há armazenamento de mensagens para onde baixar</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado pelo usuário</translation>
    </message>
    <message>
        <source>the server does not support UIDL, needed to avoid downloading a message twice: %1</source>
        <translation>o servidor não suporta UIDL, necessário para não baixar uma mensagem duas vezes: %1</translation>
    </message>
    <message>
        <source>LIST failed: %1</source>
        <translation>LIST falhou: %1</translation>
    </message>
    <message>
        <source>DELE refused: %1</source>
        <translation>DELE recusado: %1</translation>
    </message>
    <message>
        <source>the message is %1 bytes; the limit is %2 bytes</source>
        <translation>a mensagem tem %1 bytes; o limite é de %2 bytes</translation>
    </message>
    <message>
        <source>RETR refused: %1</source>
        <translation>RETR recusado: %1</translation>
    </message>
    <message>
        <source>the store did not keep the message</source>
        <translation>o armazenamento não guardou a mensagem</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not stored and kept on the server: %1</source>
        <translation>
            <numerusform>%n mensagem não armazenada e mantida no servidor: %1</numerusform>
            <numerusform>%n mensagens não armazenadas e mantidas no servidor: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>interrompido pelo usuário</translation>
    </message>
</context>
<context>
    <name>carteiro::SearchController</name>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Filtro rápido</translation>
    </message>
    <message>
        <source>Filter the messages of this folder by sender, recipient or subject</source>
        <translation>Filtra as mensagens desta pasta por remetente, destinatário ou assunto</translation>
    </message>
    <message>
        <source>&amp;Search Messages...</source>
        <translation>&amp;Buscar mensagens...</translation>
    </message>
    <message>
        <source>Search the text of your mail, in this folder, this account or all accounts</source>
        <translation>Busca no texto das suas mensagens, nesta pasta, nesta conta ou em todas as contas</translation>
    </message>
    <message>
        <source>Search: words, from:, to:, subject:, body:, since:2024-03-01, has:attachment, is:unread</source>
        <translation>Buscar: palavras, de:, para:, assunto:, corpo:, desde:01/03/2024, tem:anexo, é:naolida</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensagens</translation>
    </message>
    <message>
        <source>Words are found in the sender, recipients, subject and text, with or without accents.
Terms: from:joao to:bob subject:&quot;aula 3&quot; body:carteiro since:2024-03-01 before:2024-04-01 has:attachment is:unread is:flagged</source>
        <translation>As palavras são procuradas no remetente, nos destinatários, no assunto e no texto, com ou sem acentos.
Termos: de:joao para:bob assunto:&quot;aula 3&quot; corpo:carteiro desde:01/03/2024 até:01/04/2024 tem:anexo é:naolida é:sinalizada</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Onde buscar</translation>
    </message>
    <message>
        <source>This folder</source>
        <translation>Esta pasta</translation>
    </message>
    <message>
        <source>All folders of this account</source>
        <translation>Todas as pastas desta conta</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation>Fechar a barra de busca (Esc)</translation>
    </message>
    <message>
        <source>Close the search bar</source>
        <translation>Fechar a barra de busca</translation>
    </message>
    <message>
        <source>Filter by sender, recipient or subject (Ctrl+K)</source>
        <translation>Filtrar por remetente, destinatário ou assunto (Ctrl+K)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Type words to search for, or terms such as from:joao, subject:aula or is:unread.</source>
        <translation>Digite as palavras que procura, ou termos como de:joao, assunto:aula ou é:naolida.</translation>
    </message>
    <message>
        <source>There is no folder to search yet: open a folder first.</source>
        <translation>Ainda não há pasta para buscar: abra uma pasta primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>Searching for “%1”... %n message(s) so far.</source>
        <translation>
            <numerusform>Buscando “%1”... %n mensagem até agora.</numerusform>
            <numerusform>Buscando “%1”... %n mensagens até agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found for “%1”</source>
        <translation>
            <numerusform>%n mensagem encontrada para “%1”</numerusform>
            <numerusform>%n mensagens encontradas para “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n by the server&apos;s SEARCH, not yet downloaded).</source>
        <translation>
            <numerusform>(%n pelo SEARCH do servidor, ainda não baixada).</numerusform>
            <numerusform>(%n pelo SEARCH do servidor, ainda não baixadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found for “%1”.</source>
        <translation>
            <numerusform>%n mensagem encontrada para “%1”.</numerusform>
            <numerusform>%n mensagens encontradas para “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Enviar depois</translation>
    </message>
    <message>
        <source>The message waits in the Outbox and goes at this time, if the computer is on and Carteiro is running (otherwise as soon as it starts again).</source>
        <translation>A mensagem espera na Caixa de saída e sai nesta hora, se o computador estiver ligado e o Carteiro aberto (senão, assim que ele abrir de novo).</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Enviar &amp;em:</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Pôr na fila</translation>
    </message>
    <message>
        <source>%1 has already passed: choose a time in the future.</source>
        <translation>%1 já passou: escolha uma hora no futuro.</translation>
    </message>
</context>
<context>
    <name>carteiro::SendWorker</name>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Conectando a %1:%2</translation>
    </message>
</context>
<context>
    <name>carteiro::SendingPreferencesDialog</name>
    <message>
        <source>Sending</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>A message you send waits this long in the Outbox, with Undo in the main window; 0 sends at once</source>
        <translation>Uma mensagem enviada espera este tempo na Caixa de saída, com Desfazer na janela principal; 0 envia na hora</translation>
    </message>
    <message>
        <source>&amp;Undo send delay:</source>
        <translation>Prazo para &amp;desfazer o envio:</translation>
    </message>
    <message>
        <source>During the delay the message can be pulled back into the composer; nothing reaches the server before it ends.</source>
        <translation>Durante o prazo a mensagem pode voltar para a janela de redação; nada chega ao servidor antes de ele acabar.</translation>
    </message>
</context>
<context>
    <name>carteiro::SentFiler</name>
    <message>
        <source>the connection closed before the APPEND finished</source>
        <translation>a conexão foi fechada antes de o APPEND terminar</translation>
    </message>
    <message>
        <source>Filing in Sent: connecting to %1:%2</source>
        <translation>Salvando em Enviados: conectando a %1:%2</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado pelo usuário</translation>
    </message>
    <message>
        <source>Filing in Sent: APPEND to &quot;%1&quot;</source>
        <translation>Salvando em Enviados: APPEND em &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Filing in Sent: looking for the message in &quot;%1&quot;</source>
        <translation>Salvando em Enviados: procurando a mensagem em &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>carteiro::SessionReplayWindow</name>
    <message>
        <source>Saved session: %1</source>
        <translation>Sessão salva: %1</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidade:</translation>
    </message>
    <message>
        <source>1x (as recorded)</source>
        <translation>1x (como gravada)</translation>
    </message>
    <message>
        <source>4x</source>
        <translation>4x</translation>
    </message>
    <message>
        <source>16x</source>
        <translation>16x</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Instantânea</translation>
    </message>
    <message>
        <source>Empty the inspector and play the session again at this speed</source>
        <translation>Esvaziar o inspetor e reproduzir a sessão de novo nesta velocidade</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 de %2 eventos</translation>
    </message>
</context>
<context>
    <name>carteiro::SessionSummary</name>
    <message>
        <source>No session yet: the summary appears when a send or a sync ends.</source>
        <translation>Nenhuma sessão ainda: o resumo aparece quando um envio ou uma sincronização termina.</translation>
    </message>
    <message>
        <source>%1 session</source>
        <translation>Sessão %1</translation>
    </message>
    <message>
        <source>%1 session with %2</source>
        <translation>Sessão %1 com %2</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <source>used</source>
        <translation>usada</translation>
    </message>
    <message>
        <source>Capabilities offered</source>
        <translation>Capacidades oferecidas</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>nenhuma listada</translation>
    </message>
    <message>
        <source>Used by Carteiro</source>
        <translation>Usadas pelo Carteiro</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>accepted by a pinned exception</source>
        <translation>aceito por uma exceção fixada</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certificado verificado</translation>
    </message>
    <message>
        <source>certificate not verified</source>
        <translation>certificado não verificado</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sem criptografia</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4 (%5)</source>
        <translation>%1, %2; certificado %3, emitido por %4 (%5)</translation>
    </message>
    <message>
        <source>; SHA-256 %1</source>
        <translation>; SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>carteiro::SingleInstance</name>
    <message>
        <source>another Carteiro is already running (%1)</source>
        <translation>outro Carteiro já está em execução (%1)</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>não foi possível escutar em %1: %2</translation>
    </message>
    <message>
        <source>no Carteiro is running (%1)</source>
        <translation>nenhum Carteiro está em execução (%1)</translation>
    </message>
    <message>
        <source>the arguments are too long to hand over (%1 bytes)</source>
        <translation>os argumentos são longos demais para entregar (%1 bytes)</translation>
    </message>
    <message>
        <source>the running Carteiro did not answer: %1</source>
        <translation>o Carteiro em execução não respondeu: %1</translation>
    </message>
    <message>
        <source>the running Carteiro refused the arguments: %1</source>
        <translation>o Carteiro em execução recusou os argumentos: %1</translation>
    </message>
</context>
<context>
    <name>carteiro::StepModeMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Step through the next &amp;send</source>
        <translation>Passo a passo no próximo &amp;envio</translation>
    </message>
    <message>
        <source>Step through the next &amp;IMAP sync</source>
        <translation>Passo a passo na próxima sincronização &amp;IMAP</translation>
    </message>
    <message>
        <source>Step through the next &amp;POP3 retrieval</source>
        <translation>Passo a passo no próximo recebimento &amp;POP3</translation>
    </message>
    <message>
        <source>The next Send/Receive opens a new IMAP connection that stops before each command</source>
        <translation>O próximo Enviar/Receber abre uma nova conexão IMAP que para antes de cada comando</translation>
    </message>
    <message>
        <source>The next POP3 download stops before each command</source>
        <translation>O próximo download POP3 para antes de cada comando</translation>
    </message>
    <message>
        <source>the next send</source>
        <translation>o próximo envio</translation>
    </message>
    <message>
        <source>the next IMAP sync</source>
        <translation>a próxima sincronização IMAP</translation>
    </message>
    <message>
        <source>the next POP3 retrieval</source>
        <translation>o próximo recebimento POP3</translation>
    </message>
    <message>
        <source>The next message you send goes at once (no undo delay) and stops before each SMTP command: Next, Run to end or Stop</source>
        <translation>A próxima mensagem enviada sai na hora (sem prazo para desfazer) e para antes de cada comando SMTP: Próximo, Ir até o fim ou Parar</translation>
    </message>
</context>
<context>
    <name>carteiro::StepPanel</name>
    <message>
        <source>Step mode</source>
        <translation>Modo passo a passo</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próximo</translation>
    </message>
    <message>
        <source>Send this one command to the server</source>
        <translation>Envia só este comando ao servidor</translation>
    </message>
    <message>
        <source>&amp;Run to end</source>
        <translation>&amp;Ir até o fim</translation>
    </message>
    <message>
        <source>Send everything that follows without stopping; step mode ends</source>
        <translation>Envia todo o resto sem parar; o modo passo a passo termina</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>Drop the held commands and end the session politely (QUIT or LOGOUT)</source>
        <translation>Descarta os comandos retidos e encerra a sessão educadamente (QUIT ou LOGOUT)</translation>
    </message>
    <message>
        <source>Choose Tools &gt; Step through the next send (or IMAP sync, or POP3 retrieval).</source>
        <translation>Escolha Ferramentas &gt; Passo a passo no próximo envio (ou na próxima sincronização IMAP, ou no próximo recebimento POP3).</translation>
    </message>
    <message>
        <source>Armed: %1</source>
        <translation>Preparado: %1</translation>
    </message>
    <message>
        <source>Carteiro will stop before each command (%1) and show it here.</source>
        <translation>O Carteiro vai parar antes de cada comando (%1) e mostrá-lo aqui.</translation>
    </message>
    <message>
        <source>Step mode is off.</source>
        <translation>O modo passo a passo está desligado.</translation>
    </message>
    <message>
        <source>%1, connection #%2: %3</source>
        <translation>%1, conexão nº %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>[the message: %n byte(s), dot-stuffed, ended by a line with a lone dot]</source>
        <translation>
            <numerusform>[a mensagem: %n byte, com pontos duplicados, terminada por uma linha só com um ponto]</numerusform>
            <numerusform>[a mensagem: %n bytes, com pontos duplicados, terminada por uma linha só com um ponto]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more command(s) prepared behind it (pipelining); each goes out with its own Next.</source>
        <translation>
            <numerusform>mais %n comando preparado atrás dele (pipelining); cada um sai com o seu próprio Próximo.</numerusform>
            <numerusform>mais %n comandos preparados atrás dele (pipelining); cada um sai com o seu próprio Próximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held: nothing has been sent yet. Next sends it.</source>
        <translation>Retido: nada foi enviado ainda. Próximo o envia.</translation>
    </message>
    <message>
        <source>Sent. Waiting for the server; the next command appears here once Carteiro has prepared it.</source>
        <translation>Enviado. Esperando o servidor; o próximo comando aparece aqui assim que o Carteiro o preparar.</translation>
    </message>
    <message>
        <source>Stopped: the held commands were dropped and the session ended with QUIT or LOGOUT. Nothing was lost.</source>
        <translation>Interrompido: os comandos retidos foram descartados e a sessão terminou com QUIT ou LOGOUT. Nada foi perdido.</translation>
    </message>
    <message>
        <source>Running to the end without stopping; step mode is off.</source>
        <translation>Indo até o fim sem parar; o modo passo a passo está desligado.</translation>
    </message>
    <message>
        <source>The connection ended.</source>
        <translation>A conexão terminou.</translation>
    </message>
    <message>
        <source>The message itself, after the server&apos;s 354: lines starting with a dot get one more dot, and a line with a lone dot ends it (RFC 5321 §4.1.1.4, §4.5.2).</source>
        <translation>A própria mensagem, depois do 354 do servidor: linhas que começam com ponto ganham mais um ponto, e uma linha só com um ponto a termina (RFC 5321 §4.1.1.4, §4.5.2).</translation>
    </message>
    <message>
        <source>%1 command %2</source>
        <translation>comando %2 do %1</translation>
    </message>
</context>
<context>
    <name>carteiro::SubmissionJob</name>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado pelo usuário</translation>
    </message>
    <message>
        <source>cannot read the message file %1: %2</source>
        <translation>não é possível ler o arquivo da mensagem %1: %2</translation>
    </message>
    <message>
        <source>cannot read the message file: %1</source>
        <translation>não é possível ler o arquivo da mensagem: %1</translation>
    </message>
    <message>
        <source>the connection dropped after the whole message was sent and before the server&apos;s reply; it may have been accepted: %1</source>
        <translation>a conexão caiu depois do envio da mensagem inteira e antes da resposta do servidor; ela pode ter sido aceita: %1</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>interrompido pelo usuário</translation>
    </message>
    <message>
        <source>the outbox could not record the send, so the message was not finished</source>
        <translation>a caixa de saída não conseguiu registrar o envio, então a mensagem não foi concluída</translation>
    </message>
</context>
<context>
    <name>carteiro::TlsPanel</name>
    <message>
        <source>trusted by the system store (a certificate authority of the operating system)</source>
        <translation>confiável pelo repositório do sistema (uma autoridade certificadora do sistema operacional)</translation>
    </message>
    <message>
        <source>trusted by the CA file given to the connection</source>
        <translation>confiável pelo arquivo de CA dado à conexão</translation>
    </message>
    <message>
        <source>trusted by the CA file %1 (the lab CA, or --ca-file)</source>
        <translation>confiável pelo arquivo de CA %1 (a CA do laboratório, ou --ca-file)</translation>
    </message>
    <message>
        <source>accepted by a pinned exception: the user trusted this exact certificate (SHA-256)</source>
        <translation>aceito por uma exceção fixada: o usuário confiou neste certificado exato (SHA-256)</translation>
    </message>
    <message>
        <source>accepted by a pinned exception</source>
        <translation>aceito por uma exceção fixada</translation>
    </message>
    <message>
        <source>verified (the transcript does not say by which authority)</source>
        <translation>verificado (a transcrição não diz por qual autoridade)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <source>No connection yet: the TLS details appear when Carteiro connects to a server.</source>
        <translation>Nenhuma conexão ainda: os detalhes do TLS aparecem quando o Carteiro se conecta a um servidor.</translation>
    </message>
    <message>
        <source>Not encrypted (yet).</source>
        <translation>Não cifrada (ainda).</translation>
    </message>
    <message>
        <source>Every line of this connection so far crossed the network in clear text.</source>
        <translation>Até agora, cada linha desta conexão atravessou a rede em texto claro.</translation>
    </message>
    <message>
        <source>How TLS began</source>
        <translation>Como o TLS começou</translation>
    </message>
    <message>
        <source>Implicit TLS: the handshake came first, before any protocol line (ports 465, 993, 995). This is what RFC 8314 recommends.</source>
        <translation>TLS implícito: o handshake veio primeiro, antes de qualquer linha do protocolo (portas 465, 993, 995). É o que a RFC 8314 recomenda.</translation>
    </message>
    <message>
        <source>STARTTLS: a plain connection upgraded after the greeting (ports 587, 143, 110). RFC 8314 prefers implicit TLS, which has no clear-text phase to attack.</source>
        <translation>STARTTLS: uma conexão em claro promovida depois da saudação (portas 587, 143, 110). A RFC 8314 prefere TLS implícito, que não tem fase em texto claro para atacar.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>Suíte de cifras</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>none: nothing arrived between the server&apos;s go-ahead and the handshake.</source>
        <translation>nenhum: nada chegou entre o sinal verde do servidor e o handshake.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) received before the handshake were discarded:</source>
        <translation>
            <numerusform>%n byte recebido antes do handshake foi descartado:</numerusform>
            <numerusform>%n bytes recebidos antes do handshake foram descartados:</numerusform>
        </translation>
    </message>
    <message>
        <source>A server (or an attacker on the path) that sends replies early could inject them into the encrypted session; Carteiro drops them.</source>
        <translation>Um servidor (ou um atacante no caminho) que envia respostas antes da hora poderia injetá-las na sessão cifrada; o Carteiro as descarta.</translation>
    </message>
    <message>
        <source>Bytes discarded at STARTTLS</source>
        <translation>Bytes descartados no STARTTLS</translation>
    </message>
    <message>
        <source>Certificate chain (server certificate first)</source>
        <translation>Cadeia de certificados (o do servidor primeiro)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Titular (subject)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado do servidor</translation>
    </message>
    <message>
        <source>Root certificate authority</source>
        <translation>Autoridade certificadora raiz</translation>
    </message>
    <message>
        <source>Intermediate certificate authority</source>
        <translation>Autoridade certificadora intermediária</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>(self-signed)</source>
        <translation>(autoassinado)</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>de %1 até %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expirado)</translation>
    </message>
    <message>
        <source>(not valid yet)</source>
        <translation>(ainda não válido)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Nomes (SANs)</translation>
    </message>
</context>
<context>
    <name>carteiro::TraceModel</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>[body: %1 (%2 bytes) not shown line by line] %3</source>
        <translation>[corpo: %1 (%2 bytes) não exibido linha a linha] %3</translation>
    </message>
    <message>
        <source>accepted by a pinned exception</source>
        <translation>aceito por uma exceção fixada</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>TLS established: %1, %2 | certificate %3, issued by %4 (%5) | SHA-256 %6</source>
        <translation>TLS estabelecido: %1, %2 | certificado %3, emitido por %4 (%5) | SHA-256 %6</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>INJECTION DISCARDED: %1 bytes received before the TLS handshake: %2</source>
        <translation>INJEÇÃO DESCARTADA: %1 bytes recebidos antes do handshake TLS: %2</translation>
    </message>
    <message>
        <source>client to server</source>
        <translation>cliente para servidor</translation>
    </message>
    <message>
        <source>server to client</source>
        <translation>servidor para cliente</translation>
    </message>
    <message>
        <source>note from Carteiro</source>
        <translation>nota do Carteiro</translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation>%1, %2; %3</translation>
    </message>
    <message>
        <source>inside TLS</source>
        <translation>dentro do TLS</translation>
    </message>
    <message>
        <source>not encrypted (before TLS)</source>
        <translation>sem criptografia (antes do TLS)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
</context>
<context>
    <name>carteiro::TranscriptPane</name>
    <message>
        <source>Show one connection or all of them</source>
        <translation>Mostrar uma conexão ou todas</translation>
    </message>
    <message>
        <source>Show one protocol or all of them</source>
        <translation>Mostrar um protocolo ou todos</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>Todos os protocolos</translation>
    </message>
    <message>
        <source>Search (e.g. RCPT, 250, TLS)</source>
        <translation>Buscar (ex.: RCPT, 250, TLS)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Ocorrência anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Próxima ocorrência (F3)</translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation>Somente ocorrências</translation>
    </message>
    <message>
        <source>Show only the rows that match the search; off: highlight them in context</source>
        <translation>Mostrar somente as linhas que correspondem à busca; desmarcado: destacá-las no contexto</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows as C: / S: text</source>
        <translation>Copiar as linhas selecionadas como texto C: / S:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Todas as conexões</translation>
    </message>
    <message>
        <source>Carteiro protocol transcript</source>
        <translation>Transcrição de protocolo do Carteiro</translation>
    </message>
    <message>
        <source>Export transcript as text</source>
        <translation>Exportar transcrição como texto</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export transcript as HTML</source>
        <translation>Exportar transcrição como HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm);;All files (*)</source>
        <translation>Páginas HTML (*.html *.htm);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n linha exibida</numerusform>
            <numerusform>%n linhas exibidas</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n older row(s) dropped (export keeps what is shown)</source>
        <translation>
            <numerusform>; %n linha mais antiga descartada (a exportação mantém o que está exibido)</numerusform>
            <numerusform>; %n linhas mais antigas descartadas (a exportação mantém o que está exibido)</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Every connection, in time order</source>
        <translation>Todas as conexões, em ordem cronológica</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Text (C: / S: lines, with explanations)...</source>
        <translation>Texto (linhas C: / S:, com as explicações)...</translation>
    </message>
    <message>
        <source>HTML page...</source>
        <translation>Página HTML...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the rows shown as text or as an HTML page</source>
        <translation>Salvar as linhas exibidas como texto ou como página HTML</translation>
    </message>
    <message>
        <source>Empty the view (new events keep coming); it can be undone</source>
        <translation>Esvaziar a visualização (novos eventos continuam chegando); dá para desfazer</translation>
    </message>
    <message>
        <source>Follow newest connection</source>
        <translation>Seguir a conexão mais recente</translation>
    </message>
    <message>
        <source>Switch to each new connection as it opens</source>
        <translation>Mudar para cada nova conexão assim que ela abre</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Quebrar linhas longas</translation>
    </message>
    <message>
        <source>Long lines wrap onto several rows instead of being cut</source>
        <translation>Linhas longas quebram em várias linhas em vez de serem cortadas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fechar este aviso</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cleared from the view.</source>
        <translation>
            <numerusform>%n linha removida da visualização.</numerusform>
            <numerusform>%n linhas removidas da visualização.</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol transcript</source>
        <translation>Transcrição do protocolo</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>Pesquisar na transcrição</translation>
    </message>
</context>
<context>
    <name>carteiro::UndoSendBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Take the message back into a composer window; nothing is sent</source>
        <translation>Trazer a mensagem de volta para uma janela de redação; nada é enviado</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message numerus="yes">
        <source>Sending “%1” in %n s</source>
        <translation>
            <numerusform>Enviando “%1” em %n s</numerusform>
            <numerusform>Enviando “%1” em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e mais %n)</numerusform>
            <numerusform>(e mais %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::VCard</name>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The file is larger than %1; it is not read as an address book.</source>
        <translation>O arquivo tem mais de %1; não é lido como catálogo de endereços.</translation>
    </message>
    <message>
        <source>The file is not a vCard: it contains NUL bytes (a binary file?).</source>
        <translation>O arquivo não é um vCard: contém bytes NUL (um arquivo binário?).</translation>
    </message>
    <message>
        <source>%1 has no name and no address: left out.</source>
        <translation>%1 não tem nome nem endereço: deixado de fora.</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property (NAME:value): left out.</source>
        <translation>A linha %1 não é uma propriedade vCard (NOME:valor): deixada de fora.</translation>
    </message>
    <message>
        <source>Line %1 is outside BEGIN:VCARD ... END:VCARD: left out.</source>
        <translation>A linha %1 está fora de BEGIN:VCARD ... END:VCARD: deixada de fora.</translation>
    </message>
    <message>
        <source>%1 has no END:VCARD before the next card.</source>
        <translation>%1 não tem END:VCARD antes do cartão seguinte.</translation>
    </message>
    <message>
        <source>The file holds more than %1 cards; it is not read.</source>
        <translation>O arquivo tem mais de %1 cartões; não é lido.</translation>
    </message>
    <message>
        <source>%1: unknown vCard version &quot;%2&quot;, read as 4.0.</source>
        <translation>%1: versão de vCard desconhecida &quot;%2&quot;, lida como 4.0.</translation>
    </message>
    <message>
        <source>%1 has no END:VCARD (the file ends first).</source>
        <translation>%1 não tem END:VCARD (o arquivo termina antes).</translation>
    </message>
    <message>
        <source>The file is not a vCard: it has no BEGIN:VCARD line.</source>
        <translation>O arquivo não é um vCard: não tem a linha BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;: member &quot;%2&quot; left out: %3</source>
        <translation>Grupo &quot;%1&quot;: membro &quot;%2&quot; deixado de fora: %3</translation>
    </message>
    <message>
        <source>Group at line %1 left out: %2</source>
        <translation>Grupo da linha %1 deixado de fora: %2</translation>
    </message>
</context>
<context>
    <name>carteiro::VoiceNoteDialog</name>
    <message>
        <source>Record a voice note</source>
        <translation>Gravar uma nota de voz</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Microfone: %1</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Nível de entrada</translation>
    </message>
    <message>
        <source>How loud the microphone hears you: speak so the bar moves well past the middle.</source>
        <translation>Quão alto o microfone ouve você: fale de modo que a barra passe bem do meio.</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>Tempo gravado</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Ouvir</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anexar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Recording... press Stop when you are done.</source>
        <translation>Gravando... clique em Parar quando terminar.</translation>
    </message>
    <message>
        <source>&amp;Record again</source>
        <translation>&amp;Gravar de novo</translation>
    </message>
    <message>
        <source>Nothing was recorded: the microphone gave no sound.</source>
        <translation>Nada foi gravado: o microfone não deu som.</translation>
    </message>
    <message>
        <source>Voice note %1</source>
        <translation>Nota de voz %1</translation>
    </message>
    <message>
        <source>No audio output device was found on this computer.</source>
        <translation>Nenhum dispositivo de saída de áudio foi encontrado neste computador.</translation>
    </message>
    <message>
        <source>%1 recorded: %2 as %3.</source>
        <translation>%1 gravado: %2 em %3.</translation>
    </message>
    <message>
        <source>Ogg Opus</source>
        <translation>Ogg Opus</translation>
    </message>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <source>The recording is almost silent: is the microphone muted?</source>
        <translation>A gravação está quase em silêncio: o microfone está mudo?</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Parar de &amp;ouvir</translation>
    </message>
    <message>
        <source>Saved as WAV: %1</source>
        <translation>Gravada em WAV: %1</translation>
    </message>
    <message>
        <source>Stop recording and discard this voice note?</source>
        <translation>Parar a gravação e descartar esta nota de voz?</translation>
    </message>
    <message>
        <source>Discard this voice note? It has not been attached.</source>
        <translation>Descartar esta nota de voz? Ela não foi anexada.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Manter</translation>
    </message>
</context>
<context>
    <name>carteiro::VoiceRecorder</name>
    <message>
        <source>No microphone was found on this computer: connect one (or allow Carteiro to use it) to record a voice note.</source>
        <translation>Nenhum microfone foi encontrado neste computador: conecte um (ou permita que o Carteiro o use) para gravar uma nota de voz.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; offers no sample format Carteiro can record.</source>
        <translation>O microfone &quot;%1&quot; não oferece nenhum formato de amostra que o Carteiro saiba gravar.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened.</source>
        <translation>Não foi possível abrir o microfone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; stopped (it was removed or failed); what was recorded until then is kept.</source>
        <translation>O microfone &quot;%1&quot; parou (foi removido ou falhou); o que foi gravado até ali está guardado.</translation>
    </message>
    <message numerus="yes">
        <source>A voice note is at most %n minute(s) long: the recording stopped there.</source>
        <translation>
            <numerusform>Uma nota de voz tem no máximo %n minuto: a gravação parou aí.</numerusform>
            <numerusform>Uma nota de voz tem no máximo %n minutos: a gravação parou aí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carteiro::WelcomePage</name>
    <message>
        <source>Add an account...</source>
        <translation>Adicionar uma conta...</translation>
    </message>
    <message>
        <source>Open the mail lab</source>
        <translation>Abrir o laboratório de e-mail</translation>
    </message>
    <message>
        <source>Welcome to Carteiro</source>
        <translation>Boas-vindas ao Carteiro</translation>
    </message>
    <message>
        <source>Carteiro reads and sends your mail and shows every step of SMTP, IMAP and POP3 as it happens. Add your mail account to begin: you need its address, its password and the names of its servers.</source>
        <translation>O Carteiro lê e envia seus e-mails e mostra cada passo do SMTP, do IMAP e do POP3 no momento em que acontece. Para começar, adicione sua conta de e-mail: você vai precisar do endereço, da senha e dos nomes dos servidores.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Adicionar uma conta</translation>
    </message>
    <message>
        <source>Enter the address, the password and the servers of your mail account</source>
        <translation>Informe o endereço, a senha e os servidores da sua conta de e-mail</translation>
    </message>
    <message>
        <source>The mail lab is running on this computer: its ready accounts (alice and bob) let you try everything without a real mailbox.</source>
        <translation>O laboratório de e-mail está rodando neste computador: com as contas prontas dele (alice e bob) você experimenta tudo sem uma caixa postal de verdade.</translation>
    </message>
    <message>
        <source>Adds the lab account &quot;Lab (alice)&quot; and opens its inbox</source>
        <translation>Adiciona a conta do laboratório &quot;Lab (alice)&quot; e abre a caixa de entrada dela</translation>
    </message>
</context>
</TS>
