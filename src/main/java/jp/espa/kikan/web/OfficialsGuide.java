package jp.espa.kikan.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The officials' guide (docs/guide.md, packaged as guide/guide.md with its pictures) as a Japanese page at /guide/,
 * which Welcome and Tasklist link in place of Camunda's English manual. Rendered once, at the first request: the
 * guide is part of the release. Public, like the sign-in page: it holds no case data.
 */
@RestController
class OfficialsGuide implements WebMvcConfigurer {

    static final String PATH = "/guide/";

    private volatile String page;

    @GetMapping(value = {PATH, "/guide"}, produces = "text/html;charset=UTF-8")
    ResponseEntity<String> guide() throws IOException {
        if (page == null) {
            page = render();
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(page);
    }

    /** The guide's pictures, where its relative links (images/…) point. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "images/**").addResourceLocations("classpath:/guide/images/")
                .setCacheControl(CacheControl.noCache());
    }

    private static String render() throws IOException {
        String markdown;
        try (InputStream in = new ClassPathResource("guide/guide.md").getInputStream()) {
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var tables = List.of(TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(tables).escapeHtml(true).build()
                .render(Parser.builder().extensions(tables).build().parse(markdown));
        return """
                <!DOCTYPE html>
                <html lang="ja">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>操作ガイド — 基幹インフラ制度のワークフロー</title>
                <style>
                  body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; line-height: 1.7;
                         max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
                  table { border-collapse: collapse; margin: 1rem 0; }
                  th, td { border: 1px solid #bbb; padding: .4rem .6rem; vertical-align: top; }
                  th { background: #f0f3f7; }
                  img { max-width: 100%; border: 1px solid #ddd; }
                  h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; }
                </style>
                </head>
                <body>
                """ + body + "</body>\n</html>\n";
    }
}
