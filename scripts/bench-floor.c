/*
 * The floor of any DOCX reader built on the libraries svcscan must use: for each file given,
 * open it from memory with libzip, inflate word/document.xml in 128 KiB chunks and push them
 * through libxml2's SAX2 parser with callbacks that do nothing. No styles, headers, text,
 * analysis or output. scripts/bench builds and times it as context for the batch targets.
 *
 * usage: bench-floor FILE...   (prints the number of elements seen to stderr)
 */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

static long elements;

static void start_element(void *context, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                          int namespace_count, const xmlChar **namespaces, int attribute_count,
                          int defaulted_count, const xmlChar **attributes) {
    elements++;
}

static void parse_document_part(zip_t *archive) {
    static char chunk[128 << 10];
    zip_file_t *part = zip_fopen(archive, "word/document.xml", ZIP_FL_NOCASE);
    if (!part) return;
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = start_element;
    xmlParserCtxtPtr parser = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, "document.xml");
    xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
    zip_int64_t count;
    while ((count = zip_fread(part, chunk, sizeof chunk)) > 0) xmlParseChunk(parser, chunk, (int)count, 0);
    xmlParseChunk(parser, NULL, 0, 1);
    if (parser->myDoc) xmlFreeDoc(parser->myDoc);
    xmlFreeParserCtxt(parser);
    zip_fclose(part);
}

int main(int argc, char **argv) {
    xmlInitParser();
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) continue;
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        rewind(file);
        char *bytes = malloc(size > 0 ? size : 1);
        size_t got = fread(bytes, 1, size, file);
        fclose(file);
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_buffer_create(bytes, got, 0, &error);
        zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : NULL;
        if (archive) {
            parse_document_part(archive);
            zip_discard(archive);
        } else if (source) {
            zip_source_free(source);
        }
        zip_error_fini(&error);
        free(bytes);
    }
    fprintf(stderr, "%ld elements\n", elements);
    return 0;
}
