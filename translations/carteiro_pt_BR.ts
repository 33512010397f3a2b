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
        <source>usage: carteiro-cli send --server smtp://HOST[:PORT] --user NAME --from ADDR --to ADDR --subject TEXT [...]
       carteiro-cli send --help</source>
        <translation type="vanished">uso: carteiro-cli send --server smtp://HOST[:PORTA] --user NOME --from ENDEREÇO --to ENDEREÇO --subject TEXTO [...]
     carteiro-cli send --help</translation>
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
        <source>refused: &lt;%1&gt;: %2</source>
        <translation>recusado: &lt;%1&gt;: %2</translation>
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
        <source>sent: %1 recipient(s), queued as %2 (%3)</source>
        <translation>enviada: %1 destinatário(s), enfileirada como %2 (%3)</translation>
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
        <source>with --trace: explain each reply code</source>
        <translation>com --trace: explicar cada código de resposta</translation>
    </message>
    <message>
        <source>write the transcript to stderr</source>
        <translation>escrever a transcrição em stderr</translation>
    </message>
    <message>
        <source>usage: carteiro-cli send --server smtp://HOST[:PORT] --user NAME --from ADDR --to ADDR --subject TEXT [...]
       carteiro-cli fetch --server imaps://HOST[:PORT] --user NAME [--list [--json] | --raw ID | --mime-tree ID | --folders]
       carteiro-cli send --help | fetch --help</source>
        <translation type="vanished">uso: carteiro-cli send --server smtp://HOST[:PORTA] --user NOME --from ENDEREÇO --to ENDEREÇO --subject TEXTO [...]
     carteiro-cli fetch --server imaps://HOST[:PORTA] --user NOME [--list [--json] | --raw ID | --mime-tree ID | --folders]
     carteiro-cli send --help | fetch --help</translation>
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
        <source>Read mail over IMAP or POP3.</source>
        <translation>Lê mensagens por IMAP ou POP3.</translation>
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
        <source>usage: carteiro-cli send --server smtp://HOST[:PORT] --user NAME --from ADDR --to ADDR --subject TEXT [...]
       carteiro-cli fetch --server imaps://HOST[:PORT] --user NAME [--list [--json] | --raw ID | --mime-tree ID | --folders]
       carteiro-cli sync --server imaps://HOST[:PORT] --user NAME [--folder NAME] [--store FILE] [--stats]
       carteiro-cli send --help | fetch --help | sync --help</source>
        <translation>uso: carteiro-cli send --server smtp://HOST[:PORTA] --user NOME --from ENDEREÇO --to ENDEREÇO --subject TEXTO [...]
     carteiro-cli fetch --server imaps://HOST[:PORTA] --user NOME [--list [--json] | --raw ID | --mime-tree ID | --folders]
     carteiro-cli sync --server imaps://HOST[:PORTA] --user NOME [--folder NOME] [--store ARQUIVO] [--stats]
     carteiro-cli send --help | fetch --help | sync --help</translation>
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
        <source>the server ended a line with a bare LF</source>
        <translation>o servidor terminou uma linha com um LF isolado (sem CR)</translation>
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
    <name>MailWorker</name>
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
        <source>Copying between folders is not available yet: drag without Ctrl to move.</source>
        <translation>Copiar entre pastas ainda não está disponível: arraste sem o Ctrl para mover.</translation>
    </message>
    <message>
        <source>Downloading mail (POP3) from %1...</source>
        <translation>Baixando mensagens (POP3) de %1...</translation>
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
        <source>Saving the draft: %1</source>
        <translation>Salvando o rascunho: %1</translation>
    </message>
    <message>
        <source>Removing the draft: %1</source>
        <translation>Removendo o rascunho: %1</translation>
    </message>
    <message>
        <source>POP3: stopped by the user.</source>
        <translation>POP3: interrompido pelo usuário.</translation>
    </message>
    <message>
        <source>IMAP: stopped by the user.</source>
        <translation>IMAP: interrompido pelo usuário.</translation>
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
    <name>carteiro</name>
    <message>
        <source>unterminated list</source>
        <translation type="vanished">lista não terminada</translation>
    </message>
    <message>
        <source>list longer than %1 items</source>
        <translation type="vanished">lista com mais de %1 itens</translation>
    </message>
    <message>
        <source>unterminated FETCH</source>
        <translation type="vanished">FETCH não terminado</translation>
    </message>
    <message>
        <source>hierarchy delimiter is not one character</source>
        <translation type="vanished">o delimitador de hierarquia não tem exatamente um caractere</translation>
    </message>
    <message>
        <source>unterminated STATUS</source>
        <translation type="vanished">STATUS não terminado</translation>
    </message>
    <message>
        <source>SEARCH result too long</source>
        <translation type="vanished">resultado do SEARCH longo demais</translation>
    </message>
    <message>
        <source>malformed VANISHED set</source>
        <translation type="vanished">conjunto VANISHED malformado</translation>
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
</context>
<context>
    <name>carteiro::AccountSettings</name>
    <message>
        <source>The account needs a name.</source>
        <translation type="vanished">A conta precisa de um nome.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="vanished">Endereço: %1</translation>
    </message>
    <message>
        <source>SMTP server: enter a host name.</source>
        <translation type="vanished">Servidor SMTP: informe o nome do host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces or control characters.</source>
        <translation type="vanished">&quot;%1&quot; contém espaços ou caracteres de controle.</translation>
    </message>
    <message>
        <source>SMTP server: enter a port.</source>
        <translation type="vanished">Servidor SMTP: informe a porta.</translation>
    </message>
    <message>
        <source>SMTP server: an unencrypted connection is only allowed for a lab account.</source>
        <translation type="vanished">Servidor SMTP: conexão sem criptografia só é permitida em conta de laboratório.</translation>
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
        <source>Cancel sending</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <source>Another connection is running; try again in a moment.</source>
        <translation>Outra conexão está em andamento; tente de novo daqui a pouco.</translation>
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
        <source>Sent.</source>
        <translation>Enviada.</translation>
    </message>
    <message>
        <source>Sending cancelled; the message is still here.</source>
        <translation>Envio cancelado; a mensagem continua aqui.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>The connection dropped after the whole message went out and before the server answered. The message may have been delivered; it is kept here so that you can check before sending it again.</source>
        <translation>A conexão caiu depois que a mensagem inteira saiu e antes de o servidor responder. A mensagem pode ter sido entregue; ela fica aqui para você verificar antes de enviá-la de novo.</translation>
    </message>
    <message>
        <source>The message was not sent. It is kept in this window.</source>
        <translation>A mensagem não foi enviada. Ela continua nesta janela.</translation>
    </message>
    <message>
        <source>Refused recipients:</source>
        <translation>Destinatários recusados:</translation>
    </message>
    <message>
        <source>Sending failed at %1</source>
        <translation>O envio falhou na etapa %1</translation>
    </message>
    <message>
        <source>Step: %1
Error: %2</source>
        <translation>Etapa: %1
Erro: %2</translation>
    </message>
    <message>
        <source>Server&apos;s reply: %1</source>
        <translation>Resposta do servidor: %1</translation>
    </message>
    <message>
        <source>The message is being sent; cancel it first or wait for the result.</source>
        <translation>A mensagem está sendo enviada; cancele o envio primeiro ou aguarde o resultado.</translation>
    </message>
    <message>
        <source>Sent, but not filed in Sent</source>
        <translation>Enviada, mas não salva em Enviados</translation>
    </message>
    <message>
        <source>The message was sent, but it could not be filed in your Sent folder. A copy is kept on this computer until filing succeeds.</source>
        <translation>A mensagem foi enviada, mas não foi possível salvá-la na sua pasta Enviados. Uma cópia fica guardada neste computador até que ela seja salva lá.</translation>
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
        <source>Copy kept in: %1</source>
        <translation>Cópia mantida em: %1</translation>
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
        <source>No password given.</source>
        <translation>Nenhuma senha informada.</translation>
    </message>
    <message>
        <source>The message is now filed in &quot;%1&quot;.</source>
        <translation>A mensagem agora está salva em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Stopped in step mode; nothing was sent and the message is still here.</source>
        <translation>Interrompido no modo passo a passo; nada foi enviado e a mensagem continua aqui.</translation>
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
        <source>carteiro: --lab-user must be alice or bob
</source>
        <translation>carteiro: --lab-user deve ser alice ou bob
</translation>
    </message>
    <message>
        <source>open a new message at start-up</source>
        <translation>abrir uma nova mensagem ao iniciar</translation>
    </message>
    <message>
        <source>with --lab: alice (default) or bob</source>
        <translation>com --lab: alice (padrão) ou bob</translation>
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
</context>
<context>
    <name>carteiro::ImapAccountSync</name>
    <message>
        <source>SELECT %1: %2</source>
        <translation>SELECT %1: %2</translation>
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
        <source>SYNC %1: %2</source>
        <translation>SYNC %1: %2</translation>
    </message>
    <message>
        <source>%1: message %2 is not an IMAP message in the store</source>
        <translation>%1: a mensagem %2 não é uma mensagem IMAP do armazenamento local</translation>
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
        <source>STORE: the folder of message %1 is gone</source>
        <translation>STORE: a pasta da mensagem %1 não existe mais</translation>
    </message>
    <message>
        <source>STORE: %1</source>
        <translation>STORE: %1</translation>
    </message>
    <message>
        <source>UID STORE -FLAGS: %1</source>
        <translation>UID STORE -FLAGS: %1</translation>
    </message>
    <message>
        <source>UID STORE +FLAGS: %1</source>
        <translation>UID STORE +FLAGS: %1</translation>
    </message>
    <message>
        <source>MOVE: folder %1 is not in the store</source>
        <translation>MOVE: a pasta %1 não está no armazenamento local</translation>
    </message>
    <message>
        <source>MOVE to %1: %2</source>
        <translation>MOVE para %1: %2</translation>
    </message>
    <message>
        <source>MOVE: %1</source>
        <translation>MOVE: %1</translation>
    </message>
    <message>
        <source>DELETE: the server names no \Trash folder (RFC 6154); refresh the folder list, or move the messages instead</source>
        <translation>DELETE: o servidor não indica nenhuma pasta \Trash (RFC 6154); atualize a lista de pastas ou, em vez disso, mova as mensagens</translation>
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
        <source>APPEND: the server names no %1 folder (RFC 6154); refresh the folder list</source>
        <translation>APPEND: o servidor não indica nenhuma pasta %1 (RFC 6154); atualize a lista de pastas</translation>
    </message>
    <message>
        <source>APPEND: no folder named</source>
        <translation>APPEND: nenhuma pasta indicada</translation>
    </message>
    <message>
        <source>APPEND to %1: %2</source>
        <translation>APPEND em %1: %2</translation>
    </message>
    <message>
        <source>IDLE on %1: the server does not offer IDLE (RFC 2177)</source>
        <translation>IDLE em %1: o servidor não oferece IDLE (RFC 2177)</translation>
    </message>
    <message>
        <source>IDLE on %1: %2</source>
        <translation>IDLE em %1: %2</translation>
    </message>
</context>
<context>
    <name>carteiro::ImapAuthenticator</name>
    <message>
        <source>the server does not allow LOGIN (LOGINDISABLED)</source>
        <translation type="vanished">o servidor não permite LOGIN (LOGINDISABLED)</translation>
    </message>
    <message>
        <source>no usable authentication mechanism (server offers %1): %2</source>
        <translation type="vanished">nenhum mecanismo de autenticação utilizável (o servidor oferece %1): %2</translation>
    </message>
    <message>
        <source>the server asked for more during LOGIN</source>
        <translation type="vanished">o servidor enviou um pedido de continuação (+) durante o LOGIN</translation>
    </message>
</context>
<context>
    <name>carteiro::ImapConnection</name>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
    <message>
        <source>the server has no UIDPLUS: expunging only these messages is impossible</source>
        <translation>o servidor não tem UIDPLUS: não é possível remover (EXPUNGE) só estas mensagens</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>interrompido pelo usuário</translation>
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
    <name>carteiro::ImapFramer</name>
    <message>
        <source>the server announced a malformed literal %1</source>
        <translation type="vanished">o servidor anunciou um literal malformado %1</translation>
    </message>
    <message>
        <source>the server announced a literal of %1 bytes; the limit here is %2 bytes</source>
        <translation type="vanished">o servidor anunciou um literal de %1 bytes; o limite aqui é de %2 bytes</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation type="vanished">o servidor enviou uma linha com mais de %1 bytes</translation>
    </message>
    <message>
        <source>the server sent a response longer than %1 bytes</source>
        <translation type="vanished">o servidor enviou uma resposta com mais de %1 bytes</translation>
    </message>
    <message>
        <source>the server ended a line with a bare LF</source>
        <translation type="vanished">o servidor terminou uma linha com um LF isolado (sem CR)</translation>
    </message>
</context>
<context>
    <name>carteiro::ImapResponse</name>
    <message>
        <source>untagged response without a space: %1</source>
        <translation type="vanished">resposta sem tag (untagged) sem espaço: %1</translation>
    </message>
    <message>
        <source>a tagged response that is not OK, NO or BAD: %1</source>
        <translation type="vanished">resposta com tag que não é OK, NO nem BAD: %1</translation>
    </message>
    <message>
        <source>cannot parse the server&apos;s response (%1): %2</source>
        <translation type="vanished">não é possível analisar a resposta do servidor (%1): %2</translation>
    </message>
</context>
<context>
    <name>carteiro::ImapSession</name>
    <message>
        <source>the server sent data during the TLS handshake: &quot;%1&quot;</source>
        <translation type="vanished">o servidor enviou dados durante o handshake TLS: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation type="vanished">erro de protocolo: %1</translation>
    </message>
    <message>
        <source>unexpected greeting: %1</source>
        <translation type="vanished">saudação inesperada: %1</translation>
    </message>
    <message>
        <source>the server greeted with PREAUTH on a connection that requires STARTTLS; nothing was sent</source>
        <translation type="vanished">o servidor saudou com PREAUTH numa conexão que exige STARTTLS; nada foi enviado</translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation type="vanished">o servidor recusou a conexão: %1</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS, which this account requires; no credentials were sent</source>
        <translation type="vanished">o servidor não oferece STARTTLS, exigido por esta conta; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>refusing to send credentials over an unencrypted connection</source>
        <translation type="vanished">recusando-se a enviar credenciais por uma conexão sem criptografia</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="vanished">cancelado</translation>
    </message>
    <message>
        <source>the server closed the connection: %1</source>
        <translation type="vanished">o servidor fechou a conexão: %1</translation>
    </message>
    <message>
        <source>the server answered a command we never sent: %1</source>
        <translation type="vanished">o servidor respondeu a um comando que nunca enviamos: %1</translation>
    </message>
    <message>
        <source>CAPABILITY failed: %1</source>
        <translation type="vanished">CAPABILITY falhou: %1</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1; no credentials were sent</source>
        <translation type="vanished">o servidor recusou o STARTTLS: %1; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>authentication failed: %1 %2</source>
        <translation type="vanished">falha na autenticação: %1 %2</translation>
    </message>
    <message>
        <source>%1: the server reported success before completing the exchange</source>
        <translation type="vanished">%1: o servidor informou sucesso antes de concluir a troca</translation>
    </message>
</context>
<context>
    <name>carteiro::ImapTokenizer</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="vanished">%1 no byte %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="vanished">esperava-se &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an atom</source>
        <translation type="vanished">esperava-se um atom</translation>
    </message>
    <message>
        <source>expected a fetch item</source>
        <translation type="vanished">esperava-se um item de FETCH</translation>
    </message>
    <message>
        <source>line break inside a quoted string</source>
        <translation type="vanished">quebra de linha dentro de uma string entre aspas</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation type="vanished">string entre aspas não terminada</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="vanished">esperava-se uma string</translation>
    </message>
    <message>
        <source>malformed literal</source>
        <translation type="vanished">literal malformado</translation>
    </message>
    <message>
        <source>literal longer than the response</source>
        <translation type="vanished">literal maior que a resposta</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="vanished">número fora do intervalo</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="vanished">esperava-se um número</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="vanished">aninhamento com mais de %1 níveis</translation>
    </message>
    <message>
        <source>unterminated list</source>
        <translation type="vanished">lista não terminada</translation>
    </message>
    <message>
        <source>unterminated section</source>
        <translation type="vanished">seção não terminada</translation>
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
        <source>Text size:</source>
        <translation type="vanished">Tamanho do texto:</translation>
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
</context>
<context>
    <name>carteiro::KeychainSecretStore</name>
    <message>
        <source>The system keychain</source>
        <translation>O chaveiro do sistema</translation>
    </message>
</context>
<context>
    <name>carteiro::MainWindow</name>
    <message>
        <source>Carteiro</source>
        <translation>Carteiro</translation>
    </message>
    <message>
        <source>Carteiro: the desktop window is being built. Meanwhile, carteiro-cli send works against the lab.</source>
        <translation type="vanished">Carteiro: a janela do aplicativo ainda está em construção. Enquanto isso, o carteiro-cli send já funciona com o laboratório.</translation>
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
        <source>Subject</source>
        <translation type="vanished">Assunto</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="vanished">Tamanho</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Reading mail arrives with the retrieval work (IMAP and POP3). For now: Write a message, send it, and watch the inspector.</source>
        <translation type="vanished">A leitura de mensagens chega com o recebimento (IMAP e POP3). Por enquanto: Escreva uma mensagem, envie-a e acompanhe o inspetor.</translation>
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
        <source>Receiving mail (IMAP / POP3) is not available yet; sending is.</source>
        <translation type="vanished">O recebimento de mensagens (IMAP / POP3) ainda não está disponível; o envio, sim.</translation>
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
        <source>Inbox</source>
        <translation type="vanished">Caixa de entrada</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="vanished">Caixa de saída</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="vanished">Rascunhos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="vanished">Enviados</translation>
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
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
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
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
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
    <name>carteiro::Pop3Selection</name>
    <message>
        <source>the server sent a malformed LIST line: &quot;%1&quot;</source>
        <translation type="vanished">o servidor enviou uma linha de LIST malformada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server sent a malformed UIDL line: &quot;%1&quot;</source>
        <translation type="vanished">o servidor enviou uma linha de UIDL malformada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>message %1 is in the UIDL listing but not in the LIST listing</source>
        <translation type="vanished">a mensagem %1 está na listagem do UIDL, mas não na do LIST</translation>
    </message>
    <message>
        <source>the UIDL listing has %1 messages but the LIST listing has %2</source>
        <translation type="vanished">a listagem do UIDL tem %1 mensagens, mas a do LIST tem %2</translation>
    </message>
</context>
<context>
    <name>carteiro::Pop3Session</name>
    <message>
        <source>no user name was given</source>
        <translation type="vanished">nenhum nome de usuário foi informado</translation>
    </message>
    <message>
        <source>the user name or password contains CR, LF or NUL</source>
        <translation type="vanished">o nome de usuário ou a senha contém CR, LF ou NUL</translation>
    </message>
    <message>
        <source>the server sent data out of turn: &quot;%1&quot;</source>
        <translation type="vanished">o servidor enviou dados fora da vez: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>protocol error: the server answered &quot;%1&quot;, which is neither +OK nor -ERR</source>
        <translation type="vanished">erro de protocolo: o servidor respondeu &quot;%1&quot;, que não é +OK nem -ERR</translation>
    </message>
    <message>
        <source>the server refused STLS: %1; no credentials were sent</source>
        <translation type="vanished">o servidor recusou o STLS: %1; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>the server could not finish the session: %1</source>
        <translation type="vanished">o servidor não conseguiu concluir a sessão: %1</translation>
    </message>
    <message>
        <source>unexpected reply %1</source>
        <translation type="vanished">resposta inesperada %1</translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation type="vanished">o servidor recusou a conexão: %1</translation>
    </message>
    <message>
        <source>the server&apos;s listing does not end (more than %1 lines or %2 bytes)</source>
        <translation type="vanished">a listagem do servidor não termina (mais de %1 linhas ou %2 bytes)</translation>
    </message>
    <message>
        <source>the server does not offer STLS, which this account requires; no credentials were sent</source>
        <translation type="vanished">o servidor não oferece STLS, exigido por esta conta; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>refusing to send credentials over an unencrypted connection</source>
        <translation type="vanished">recusando-se a enviar credenciais por uma conexão sem criptografia</translation>
    </message>
    <message>
        <source>APOP was requested but the greeting carries no timestamp</source>
        <translation type="vanished">APOP foi solicitado, mas a saudação não traz o carimbo de tempo (timestamp)</translation>
    </message>
    <message>
        <source>no authentication method in common: the server offers neither USER nor a usable SASL mechanism (%1)</source>
        <translation type="vanished">nenhum método de autenticação em comum: o servidor não oferece USER nem um mecanismo SASL utilizável (%1)</translation>
    </message>
    <message>
        <source>the server offers no SASL mechanism (no SASL line in its CAPA reply)</source>
        <translation type="vanished">o servidor não oferece mecanismo SASL (não há linha SASL na resposta ao CAPA)</translation>
    </message>
    <message>
        <source>no usable authentication mechanism (server offers %1): %2</source>
        <translation type="vanished">nenhum mecanismo de autenticação utilizável (o servidor oferece %1): %2</translation>
    </message>
    <message>
        <source>%1: the server reported success before completing the exchange</source>
        <translation type="vanished">%1: o servidor informou sucesso antes de concluir a troca</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation type="vanished">falha na autenticação: %1</translation>
    </message>
    <message>
        <source>the server sent data out of turn: %1</source>
        <translation type="vanished">o servidor enviou dados fora da vez: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="vanished">cancelado</translation>
    </message>
    <message>
        <source>the connection closed before the answer to QUIT; the messages marked for deletion may or may not have been removed: %1</source>
        <translation type="vanished">a conexão foi fechada antes da resposta ao QUIT; as mensagens marcadas para exclusão podem ou não ter sido removidas: %1</translation>
    </message>
</context>
<context>
    <name>carteiro::SendWorker</name>
    <message>
        <source>Composing the message</source>
        <translation>Compondo a mensagem</translation>
    </message>
    <message>
        <source>compose</source>
        <translation>composição</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>não é possível criar uma pasta temporária: %1</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelado pelo usuário</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Conectando a %1:%2</translation>
    </message>
    <message>
        <source>cannot read the sent message again: %1</source>
        <translation>não é possível ler de novo a mensagem enviada: %1</translation>
    </message>
    <message>
        <source>cannot create &quot;%1&quot;</source>
        <translation>não é possível criar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>não é possível gravar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>no password is known for the IMAP login</source>
        <translation>não há senha conhecida para o login IMAP</translation>
    </message>
    <message>
        <source>Filing the message in Sent</source>
        <translation>Salvando a mensagem em Enviados</translation>
    </message>
    <message>
        <source>the copy could not be kept on disk: %1</source>
        <translation>não foi possível guardar a cópia no disco: %1</translation>
    </message>
    <message>
        <source>the account has no IMAP server to file in</source>
        <translation>a conta não tem servidor IMAP onde salvar a mensagem</translation>
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
</context>
<context>
    <name>carteiro::ServerUrl</name>
    <message>
        <source>the server address contains a control character</source>
        <translation type="vanished">o endereço do servidor contém um caractere de controle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address like smtp://mail.example.com:587</source>
        <translation type="vanished">&quot;%1&quot; não é um endereço de servidor como smtp://mail.example.com:587</translation>
    </message>
    <message>
        <source>the server address &quot;%1&quot; must not have a path</source>
        <translation type="vanished">o endereço do servidor &quot;%1&quot; não pode ter caminho</translation>
    </message>
    <message>
        <source>put the user name in its own field, not in the server address</source>
        <translation type="vanished">coloque o nome de usuário no campo próprio, não no endereço do servidor</translation>
    </message>
    <message>
        <source>the port in &quot;%1&quot; is out of range</source>
        <translation type="vanished">a porta em &quot;%1&quot; está fora do intervalo permitido</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;: use smtp, smtps, imap, imaps, pop3, pop3s (or a +plain lab form)</source>
        <translation type="vanished">esquema desconhecido &quot;%1&quot;: use smtp, smtps, imap, imaps, pop3, pop3s (ou uma forma +plain de laboratório)</translation>
    </message>
</context>
<context>
    <name>carteiro::SessionSummary</name>
    <message>
        <source>No session yet: the summary appears when a send or a sync ends.</source>
        <translation>Nenhuma sessão ainda: o resumo aparece quando um envio ou uma sincronização termina.</translation>
    </message>
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
        <source>%1, %2; certificate %3, issued by %4 (%5); SHA-256 %6</source>
        <translation type="vanished">%1, %2; certificado %3, emitido por %4 (%5); SHA-256 %6</translation>
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
    <name>carteiro::SmtpSession</name>
    <message>
        <source>the EHLO name contains a space, CR, LF or NUL</source>
        <translation type="vanished">o nome usado no EHLO contém espaço, CR, LF ou NUL</translation>
    </message>
    <message>
        <source>the sender address %1 contains CR, LF, NUL or angle brackets</source>
        <translation type="vanished">o endereço do remetente %1 contém CR, LF, NUL ou os sinais &lt; &gt;</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation type="vanished">a mensagem não tem destinatários</translation>
    </message>
    <message>
        <source>the recipient address &quot;%1&quot; is empty or contains CR, LF, NUL or angle brackets</source>
        <translation type="vanished">o endereço do destinatário &quot;%1&quot; está vazio ou contém CR, LF, NUL ou os sinais &lt; &gt;</translation>
    </message>
    <message>
        <source>the server sent data out of turn: &quot;%1&quot;</source>
        <translation type="vanished">o servidor enviou dados fora da vez: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation type="vanished">erro de protocolo: %1</translation>
    </message>
    <message>
        <source>the server is closing the connection: %1</source>
        <translation type="vanished">o servidor está encerrando a conexão: %1</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1; no credentials were sent</source>
        <translation type="vanished">o servidor recusou o STARTTLS: %1; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>the server refused NOOP: %1</source>
        <translation type="vanished">o servidor recusou o NOOP: %1</translation>
    </message>
    <message>
        <source>unexpected reply %1</source>
        <translation type="vanished">resposta inesperada %1</translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation type="vanished">o servidor recusou a conexão: %1</translation>
    </message>
    <message>
        <source>the server did not accept %1: %2</source>
        <translation type="vanished">o servidor não aceitou %1: %2</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS, which this account requires; no credentials were sent</source>
        <translation type="vanished">o servidor não oferece STARTTLS, exigido por esta conta; nenhuma credencial foi enviada</translation>
    </message>
    <message>
        <source>refusing to send credentials over an unencrypted connection</source>
        <translation type="vanished">recusando-se a enviar credenciais por uma conexão sem criptografia</translation>
    </message>
    <message>
        <source>the server offers no authentication (no AUTH in its EHLO reply)</source>
        <translation type="vanished">o servidor não oferece autenticação (não há AUTH na resposta ao EHLO)</translation>
    </message>
    <message>
        <source>no usable authentication mechanism (server offers %1): %2</source>
        <translation type="vanished">nenhum mecanismo de autenticação utilizável (o servidor oferece %1): %2</translation>
    </message>
    <message>
        <source>%1: the server reported success before completing the exchange</source>
        <translation type="vanished">%1: o servidor informou sucesso antes de concluir a troca</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation type="vanished">falha na autenticação: %1</translation>
    </message>
    <message>
        <source>the message is %1 bytes; the server accepts at most %2 bytes (SIZE)</source>
        <translation type="vanished">a mensagem tem %1 bytes; o servidor aceita no máximo %2 bytes (SIZE)</translation>
    </message>
    <message>
        <source>an address needs SMTPUTF8, which the server does not offer</source>
        <translation type="vanished">um endereço exige SMTPUTF8, que o servidor não oferece</translation>
    </message>
    <message>
        <source>RSET was refused: %1</source>
        <translation type="vanished">RSET recusado: %1</translation>
    </message>
    <message>
        <source>the server refused the sender: %1</source>
        <translation type="vanished">o servidor recusou o remetente: %1</translation>
    </message>
    <message>
        <source>the server refused DATA: %1</source>
        <translation type="vanished">o servidor recusou o DATA: %1</translation>
    </message>
    <message>
        <source>no recipient was accepted: %1</source>
        <translation type="vanished">nenhum destinatário foi aceito: %1</translation>
    </message>
    <message>
        <source>the server refused the message: %1</source>
        <translation type="vanished">o servidor recusou a mensagem: %1</translation>
    </message>
    <message>
        <source>some recipients were refused: %1</source>
        <translation type="vanished">alguns destinatários foram recusados: %1</translation>
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
        <source>The next message you send stops before each SMTP command: Next, Run to end or Stop</source>
        <translation>A próxima mensagem que você enviar para antes de cada comando SMTP: Próximo, Ir até o fim ou Parar</translation>
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
        <source>the server closed the connection</source>
        <translation>o servidor fechou a conexão</translation>
    </message>
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
        <source>the message itself: its structure is in the MIME tab</source>
        <translation>a própria mensagem: a estrutura dela está na aba MIME</translation>
    </message>
    <message>
        <source>from here on everything is encrypted; capabilities are asked again</source>
        <translation>daqui em diante tudo é criptografado; as capacidades são consultadas de novo</translation>
    </message>
    <message>
        <source>bytes sent before TLS began were discarded: a response-injection attempt (RFC 3207 §4.2)</source>
        <translation>bytes enviados antes do início do TLS foram descartados: tentativa de injeção de respostas (RFC 3207 §4.2)</translation>
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
        <source>Export text...</source>
        <translation>Exportar texto...</translation>
    </message>
    <message>
        <source>Save the rows shown as C: / S: text</source>
        <translation>Salvar as linhas exibidas como texto C: / S:</translation>
    </message>
    <message>
        <source>Export HTML...</source>
        <translation>Exportar HTML...</translation>
    </message>
    <message>
        <source>Save the rows shown as an HTML page</source>
        <translation>Salvar as linhas exibidas como página HTML</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Empty the view (new events keep coming)</source>
        <translation>Esvaziar a visualização (novos eventos continuam chegando)</translation>
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
</context>
<context>
    <name>carteiro::cli</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="vanished">não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="vanished">%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Compose a message and submit it over SMTP.</source>
        <translation type="vanished">Compõe uma mensagem e a submete por SMTP.</translation>
    </message>
    <message>
        <source>smtp://HOST[:PORT] (STARTTLS, 587) or smtps://HOST[:PORT] (TLS, 465); smtp+plain:// only for a lab</source>
        <translation type="vanished">smtp://HOST[:PORTA] (STARTTLS, 587) ou smtps://HOST[:PORTA] (TLS, 465); smtp+plain:// só em laboratório</translation>
    </message>
    <message>
        <source>login name</source>
        <translation type="vanished">nome de usuário (login)</translation>
    </message>
    <message>
        <source>sender, e.g. &quot;Zé &lt;ze@x.br&gt;&quot;</source>
        <translation type="vanished">remetente, ex.: &quot;Zé &lt;ze@x.br&gt;&quot;</translation>
    </message>
    <message>
        <source>recipient (repeatable)</source>
        <translation type="vanished">destinatário (repetível)</translation>
    </message>
    <message>
        <source>copy (repeatable)</source>
        <translation type="vanished">cópia (repetível)</translation>
    </message>
    <message>
        <source>blind copy (repeatable)</source>
        <translation type="vanished">cópia oculta (repetível)</translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="vanished">assunto</translation>
    </message>
    <message>
        <source>plain-text body</source>
        <translation type="vanished">corpo em texto simples</translation>
    </message>
    <message>
        <source>plain-text body from a UTF-8 file</source>
        <translation type="vanished">corpo em texto simples lido de um arquivo UTF-8</translation>
    </message>
    <message>
        <source>HTML alternative from a file</source>
        <translation type="vanished">alternativa em HTML lida de um arquivo</translation>
    </message>
    <message>
        <source>attachment (repeatable)</source>
        <translation type="vanished">anexo (repetível)</translation>
    </message>
    <message>
        <source>extra trusted CA (PEM)</source>
        <translation type="vanished">CA adicional confiável (PEM)</translation>
    </message>
    <message>
        <source>accept exactly this server certificate (hex SHA-256)</source>
        <translation type="vanished">aceitar exatamente este certificado do servidor (SHA-256 em hexadecimal)</translation>
    </message>
    <message>
        <source>read the password from this file (else CARTEIRO_PASSWORD)</source>
        <translation type="vanished">ler a senha deste arquivo (senão, de CARTEIRO_PASSWORD)</translation>
    </message>
    <message>
        <source>OAuth 2 bearer token for OAUTHBEARER/XOAUTH2 (else CARTEIRO_OAUTH_TOKEN)</source>
        <translation type="vanished">arquivo com o token OAuth 2 (bearer) para OAUTHBEARER/XOAUTH2 (senão, de CARTEIRO_OAUTH_TOKEN)</translation>
    </message>
    <message>
        <source>SASL mechanism (default: strongest offered)</source>
        <translation type="vanished">mecanismo SASL (padrão: o mais forte oferecido)</translation>
    </message>
    <message>
        <source>lab only: allow AUTH on an smtp+plain:// connection</source>
        <translation type="vanished">só em laboratório: permitir AUTH numa conexão smtp+plain://</translation>
    </message>
    <message>
        <source>do not use PIPELINING</source>
        <translation type="vanished">não usar PIPELINING</translation>
    </message>
    <message>
        <source>use DATA even if CHUNKING is offered</source>
        <translation type="vanished">usar DATA mesmo se CHUNKING for oferecido</translation>
    </message>
    <message>
        <source>seconds to wait for each reply</source>
        <translation type="vanished">segundos de espera por cada resposta</translation>
    </message>
    <message>
        <source>write the transcript to stderr</source>
        <translation type="vanished">escrever a transcrição em stderr</translation>
    </message>
    <message>
        <source>with --trace: explain each reply code</source>
        <translation type="vanished">com --trace: explicar cada código de resposta</translation>
    </message>
    <message>
        <source>print the MIME tree of the message</source>
        <translation type="vanished">mostrar a árvore MIME da mensagem</translation>
    </message>
    <message>
        <source>send this ready RFC 5322 message file as it is (no composing); the envelope comes from --from/--to/--cc/--bcc</source>
        <translation type="vanished">enviar este arquivo de mensagem RFC 5322 pronto, como está (sem compor); o envelope vem de --from/--to/--cc/--bcc</translation>
    </message>
    <message>
        <source>also write the message to FILE</source>
        <translation type="vanished">gravar também a mensagem neste arquivo</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="vanished">--%1 é obrigatório</translation>
    </message>
    <message>
        <source>give at least one --to, --cc or --bcc</source>
        <translation type="vanished">informe pelo menos um --to, --cc ou --bcc</translation>
    </message>
    <message>
        <source>give --body or --body-file, not both</source>
        <translation type="vanished">informe --body ou --body-file, não os dois</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation type="vanished">--server: %1</translation>
    </message>
    <message>
        <source>--server: send needs an smtp:// or smtps:// address</source>
        <translation type="vanished">--server: send exige um endereço smtp:// ou smtps://</translation>
    </message>
    <message>
        <source>--body-file: %1</source>
        <translation type="vanished">--body-file: %1</translation>
    </message>
    <message>
        <source>--html-file: %1</source>
        <translation type="vanished">--html-file: %1</translation>
    </message>
    <message>
        <source>no password: set CARTEIRO_PASSWORD or use --password-file</source>
        <translation type="vanished">sem senha: defina CARTEIRO_PASSWORD ou use --password-file</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="vanished">não é possível criar uma pasta temporária: %1</translation>
    </message>
    <message>
        <source>--message: %1</source>
        <translation type="vanished">--message: %1</translation>
    </message>
    <message>
        <source>compose: %1</source>
        <translation type="vanished">composição: %1</translation>
    </message>
    <message>
        <source>MIME tree: %1</source>
        <translation type="vanished">árvore MIME: %1</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation type="vanished">--timeout deve ser um número positivo de segundos</translation>
    </message>
    <message>
        <source>refused: &lt;%1&gt;: %2</source>
        <translation type="vanished">recusado: &lt;%1&gt;: %2</translation>
    </message>
    <message>
        <source>sent: %1 recipient(s), queued as %2 (%3)</source>
        <translation type="vanished">enviada: %1 destinatário(s), enfileirada como %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">desconhecido</translation>
    </message>
    <message>
        <source>RCPT TO: the message was accepted for some recipients only: %1</source>
        <translation type="vanished">RCPT TO: a mensagem foi aceita só para alguns destinatários: %1</translation>
    </message>
    <message>
        <source>an IMAP message is named by its UID, a positive number: &quot;%1&quot;</source>
        <translation type="vanished">uma mensagem IMAP é identificada pelo UID, um número positivo: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no message with UID %1 in %2</source>
        <translation type="vanished">nenhuma mensagem com UID %1 em %2</translation>
    </message>
    <message>
        <source>no message with UIDL %1</source>
        <translation type="vanished">nenhuma mensagem com UIDL %1</translation>
    </message>
    <message>
        <source>Read mail over IMAP or POP3.</source>
        <translation type="vanished">Lê mensagens por IMAP ou POP3.</translation>
    </message>
    <message>
        <source>imap://HOST[:PORT] (STARTTLS, 143), imaps:// (TLS, 993), pop3:// (STLS, 110), pop3s:// (TLS, 995); +plain forms only for a lab</source>
        <translation type="vanished">imap://HOST[:PORTA] (STARTTLS, 143), imaps:// (TLS, 993), pop3:// (STLS, 110), pop3s:// (TLS, 995); formas +plain só em laboratório</translation>
    </message>
    <message>
        <source>IMAP folder (default INBOX)</source>
        <translation type="vanished">pasta IMAP (padrão: INBOX)</translation>
    </message>
    <message>
        <source>list the messages</source>
        <translation type="vanished">listar as mensagens</translation>
    </message>
    <message>
        <source>with --list: one JSON object per line</source>
        <translation type="vanished">com --list: um objeto JSON por linha</translation>
    </message>
    <message>
        <source>write the message&apos;s exact bytes to stdout</source>
        <translation type="vanished">escrever os bytes exatos da mensagem em stdout</translation>
    </message>
    <message>
        <source>print the message&apos;s MIME tree</source>
        <translation type="vanished">mostrar a árvore MIME da mensagem</translation>
    </message>
    <message>
        <source>list folders with their special use</source>
        <translation type="vanished">listar as pastas e seus usos especiais (SPECIAL-USE)</translation>
    </message>
    <message>
        <source>authentication mechanism (default: strongest)</source>
        <translation type="vanished">mecanismo de autenticação (padrão: o mais forte)</translation>
    </message>
    <message>
        <source>lab only: allow credentials on a +plain:// connection</source>
        <translation type="vanished">só em laboratório: permitir credenciais numa conexão +plain://</translation>
    </message>
    <message>
        <source>--server and --user are required</source>
        <translation type="vanished">--server e --user são obrigatórios</translation>
    </message>
    <message>
        <source>give exactly one of --list, --raw ID, --mime-tree ID, --folders</source>
        <translation type="vanished">informe exatamente um de --list, --raw ID, --mime-tree ID, --folders</translation>
    </message>
    <message>
        <source>--server: fetch needs an imap://, imaps://, pop3:// or pop3s:// address</source>
        <translation type="vanished">--server: fetch exige um endereço imap://, imaps://, pop3:// ou pop3s://</translation>
    </message>
</context>
</TS>
