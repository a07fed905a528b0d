package jp.espa.kikan.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The demo provider's sign-in page (what Entra ID's or Keycloak's would be), in Japanese. */
@RestController
@ConditionalOnProperty(name = "kikan.sign-in.demo-provider.enabled", havingValue = "true")
class DemoProviderLoginController {

    @GetMapping(path = DemoIdentityProvider.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page(CsrfToken csrf, @RequestParam(required = false) String error) {
        String message = error == null ? "" : "<p id=\"error\" role=\"alert\">アカウントIDまたはパスワードが違います。</p>";
        return """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="UTF-8"><title>デモ認証基盤 サインイン</title>
                <style>body{font-family:sans-serif;max-width:24rem;margin:4rem auto}label,input,button{display:block;\
                width:100%%;margin:.3rem 0}#error{color:#a00}</style></head>
                <body><h1>デモ認証基盤</h1><p>基幹インフラ制度ワークフローへのサインイン（デモ用の認証基盤）</p>%s
                <form method="post" action="%s">
                <label for="username">アカウントID</label><input id="username" name="username" autocomplete="username" autofocus>
                <label for="password">パスワード</label><input id="password" name="password" type="password" autocomplete="current-password">
                <input type="hidden" name="%s" value="%s">
                <button id="sign-in" type="submit">サインイン</button></form></body></html>
                """.formatted(message, DemoIdentityProvider.LOGIN_PAGE, HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
