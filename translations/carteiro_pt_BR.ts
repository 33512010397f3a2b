<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
</TS>
