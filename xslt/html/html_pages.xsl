<?xml version="1.0" encoding="UTF-8"?>
<!-- The pages of the web edition and the frame they share. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions" exclude-result-prefixes="#all">

  <!-- ============================================================ the frame -->
  <xsl:template name="ed:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="head" as="node()*"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="lang" as="xs:string" select="'en'"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title || ' · ' || $edition-title"/></title>
        <link rel="icon" href="data:,"/>
        <link rel="stylesheet" href="{$root}css/edition.css"/>
        <xsl:if test="$custom-css"><link rel="stylesheet" href="{$root}{$custom-css}"/></xsl:if>
        <xsl:sequence select="$head"/>
        <script src="{$root}js/edition.js" defer="defer"></script>
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to the text</a>
        <header class="site-header">
          <p class="site-title"><a href="{$root}index.html"><xsl:value-of select="$edition-title"/></a></p>
          <nav aria-label="Edition">
            <ul>
              <li><a href="{$root}index.html">Documents</a></li>
              <li><a href="{$root}persons.html">Persons</a></li>
              <li><a href="{$root}about.html">About</a></li>
              <li><a href="{$root}search.html">Search</a></li>
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
          <xsl:sequence select="$content"/>
        </main>
        <footer class="site-footer">
          <p><xsl:value-of select="$edition-title"/>
            <xsl:if test="$edition-version"> · made with edition <xsl:value-of select="$edition-version"/></xsl:if>
            <xsl:if test="$build-date"> · <xsl:value-of select="$build-date"/></xsl:if></p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ a document -->
  <xsl:template match="/tei:TEI">
    <xsl:variable name="title" select="ed:plain((tei:teiHeader//tei:titleStmt/tei:title)[1])"/>
    <xsl:variable name="url" select="$base-url || $stem || '.html'"/>
    <xsl:call-template name="ed:page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="head">
        <meta name="citation_title" content="{$title}"/>
        <xsl:for-each select="tei:teiHeader//tei:titleStmt/tei:author">
          <meta name="citation_author" content="{normalize-space(.)}"/>
        </xsl:for-each>
        <xsl:for-each select="(tei:teiHeader//tei:sourceDesc/tei:bibl[@type = 'source']/tei:date/@when)[1]">
          <meta name="citation_publication_date" content="{translate(., '-', '/')}"/>
        </xsl:for-each>
        <meta name="citation_publisher" content="{normalize-space((tei:teiHeader//tei:publicationStmt/tei:publisher)[1])}"/>
        <meta name="citation_public_url" content="{$url}"/>
        <meta name="citation_language" content="{(tei:text/@xml:lang, 'en')[1]}"/>
      </xsl:with-param>
      <xsl:with-param name="lang" select="(tei:text/@xml:lang, 'en')[1]"/>
      <xsl:with-param name="content">
        <article class="document" data-pagefind-body="">
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:call-template name="ed:source-panel"/>
          <xsl:call-template name="ed:contents"/>
          <div class="tools">
            <button type="button" class="highlight-persons" aria-pressed="false">Highlight persons</button>
            <a class="download" href="tei/{$stem}.xml" download="">Download the TEI file</a>
          </div>
          <div class="text">
            <xsl:apply-templates select="tei:text/tei:front, tei:text/tei:body, tei:text/tei:back" mode="text"/>
            <xsl:variable name="attached" select="tei:text//tei:note[not(@type = 'editorial')]
                [not(parent::tei:div[@type = 'notes'])]"/>
            <xsl:if test="$attached">
              <section class="div notes attached" role="doc-endnotes" aria-labelledby="attached-notes">
                <h2 class="head" id="attached-notes">Notes</h2>
                <xsl:apply-templates select="$attached" mode="attached-notes"/>
              </section>
            </xsl:if>
          </div>
          <xsl:call-template name="ed:legend"/>
          <xsl:call-template name="ed:how-to-cite"><xsl:with-param name="title" select="$title"/>
            <xsl:with-param name="url" select="$url"/></xsl:call-template>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back" mode="text">
    <div class="{local-name()}"><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <xsl:template name="ed:source-panel">
    <xsl:variable name="header" select="tei:teiHeader"/>
    <details class="source-panel" open="">
      <summary>About this document</summary>
      <dl>
        <xsl:for-each select="$header//tei:titleStmt/tei:author">
          <dt>Author</dt><dd><xsl:apply-templates mode="text"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$header//tei:titleStmt/tei:respStmt[tei:resp][not(tei:name/@ref = '#edition')]">
          <dt><xsl:value-of select="upper-case(substring(tei:resp, 1, 1)) || substring(tei:resp, 2)"/></dt>
          <dd><xsl:apply-templates select="tei:resp/following-sibling::*" mode="text"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$header//tei:sourceDesc/tei:bibl[@type = 'citation']">
          <dt>Source</dt><dd><xsl:apply-templates mode="text"/></dd>
        </xsl:for-each>
        <xsl:if test="not($header//tei:sourceDesc/tei:bibl[@type = 'citation'])">
          <xsl:for-each select="$header//tei:sourceDesc/tei:bibl[@type = 'source']">
            <dt>Source</dt>
            <dd><xsl:for-each select="(tei:author, tei:title, tei:editor, tei:publisher, tei:pubPlace, tei:date, tei:ref)">
                <xsl:if test="position() gt 1">, </xsl:if>
                <xsl:if test="self::tei:editor[@role = 'translator']">translated by </xsl:if>
                <xsl:apply-templates select="." mode="text"/>
              </xsl:for-each>.</dd>
          </xsl:for-each>
        </xsl:if>
        <xsl:for-each select="$header//tei:sourceDesc/tei:msDesc/tei:msIdentifier">
          <dt>Archive</dt>
          <dd><xsl:value-of select="tei:repository"/>
            <xsl:for-each select="tei:idno">, <xsl:value-of select="@type || ' ' || ."/></xsl:for-each></dd>
        </xsl:for-each>
        <xsl:for-each select="$header//tei:profileDesc/tei:abstract">
          <dt>Summary</dt><dd><xsl:apply-templates select="tei:p/node()" mode="text"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$header//tei:publicationStmt/tei:availability/tei:licence">
          <dt>Licence</dt>
          <dd><xsl:value-of select="."/>
            <xsl:for-each select="ed:safe-url(@target)"> (<a href="{.}"><xsl:value-of select="."/></a>)</xsl:for-each></dd>
        </xsl:for-each>
      </dl>
    </details>
  </xsl:template>

  <xsl:template name="ed:contents">
    <xsl:variable name="heads" select="tei:text//tei:div[tei:head]"/>
    <xsl:if test="count($heads) gt 1">
      <nav class="contents" aria-label="Contents">
        <h2>Contents</h2>
        <ol>
          <xsl:for-each select="$heads">
            <li><a href="#{@xml:id}.head"><xsl:value-of select="ed:plain(tei:head)"/></a></li>
          </xsl:for-each>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:legend">
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">How to read this edition</h2>
      <dl>
        <dt><span class="supplied">Pavel</span></dt><dd>Words supplied by the translator or editor (in square brackets in the source).</dd>
        <dt><span class="editorial-note gloss">explanation</span></dt><dd>An explanation added by the translator or editor.</dd>
        <dt><span class="pb">[p. 12]</span></dt><dd>Where a page of the original begins.</dd>
        <dt><a class="person" href="{$root}persons.html">Name</a></dt><dd>A person of the register; "Highlight persons" marks them all.</dd>
        <dt><sup class="noteref-wrapper"><span class="noteref">1</span></sup></dt><dd>A note: select it to read the note here; the number links to it.</dd>
      </dl>
    </section>
  </xsl:template>

  <xsl:template name="ed:how-to-cite">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="url" as="xs:string"/>
    <section class="how-to-cite" aria-labelledby="cite-title">
      <h2 id="cite-title">How to cite this page</h2>
      <p class="citation"><xsl:value-of select="string-join(tei:teiHeader//tei:titleStmt/tei:author/normalize-space(), ', ')"/>
        <xsl:if test="tei:teiHeader//tei:titleStmt/tei:author">, </xsl:if>
        “<xsl:value-of select="$title"/>,” in <i><xsl:value-of select="$edition-title"/></i>
        <xsl:if test="$edition-version">, version <xsl:value-of select="$edition-version"/></xsl:if>
        <xsl:if test="$build-date">, <xsl:value-of select="$build-date"/></xsl:if>,
        <span class="url"><xsl:value-of select="$url"/></span>.</p>
      <p>Each paragraph and note has a stable address: select ¶ beside it and cite the link.</p>
    </section>
  </xsl:template>

  <!-- ============================================================ the index -->
  <xsl:template name="index">
    <xsl:call-template name="ed:page">
      <xsl:with-param name="title" select="'Documents'"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="$edition-title"/></h1>
        <p class="intro">A digital edition of <xsl:value-of select="count($documents)"/> documents, encoded in TEI P5.
          Each document has its notes, quotations and persons linked; the <a href="persons.html">register
          of persons</a> lists every mention, and <a href="about.html">About</a> gives the editorial principles.
          The TEI files can be downloaded from each document's page.</p>
        <ul class="documents">
          <xsl:for-each select="$documents">
            <xsl:variable name="entry" select="$manifest/document[position() = current()/position()]"/>
            <xsl:variable name="header" select="tei:TEI/tei:teiHeader"/>
            <li>
              <h2><a href="{$manifest/document[@href = document-uri(current())]/@stem}.html">
                <xsl:value-of select="ed:plain(($header//tei:titleStmt/tei:title)[1])"/></a></h2>
              <p class="meta">
                <xsl:value-of select="string-join(($header//tei:titleStmt/tei:author/normalize-space(),
                                       ($header//tei:sourceDesc/tei:bibl[@type='source']/tei:date)[1]/string(),
                                       $manifest/document[@href = document-uri(current())]/@kind-label), ' · ')"/>
              </p>
              <p class="description">
                <xsl:value-of select="ed:describe(tei:TEI)"/>
              </p>
              <p><a href="tei/{$manifest/document[@href = document-uri(current())]/@stem}.xml" download="">TEI file</a></p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One line that says what a document is: its summary, else its first sentence. -->
  <xsl:function name="ed:describe" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="summary" select="ed:plain($tei/tei:teiHeader//tei:abstract)"/>
    <xsl:variable name="first" select="ed:plain(($tei/tei:text/tei:body//tei:p)[1])"/>
    <xsl:variable name="text" select="if ($summary) then $summary else $first"/>
    <xsl:sequence select="if (string-length($text) gt 240) then substring($text, 1, 237) || '…' else $text"/>
  </xsl:function>

  <!-- ============================================================ the register -->
  <xsl:template name="register">
    <xsl:variable name="people" select="$registers//tei:listPerson/tei:person"/>
    <xsl:call-template name="ed:page">
      <xsl:with-param name="title" select="'Persons'"/>
      <xsl:with-param name="content">
        <h1>Register of persons</h1>
        <p class="intro">Every person mentioned in the edition, with the names the documents use, and a page
          listing every mention.</p>
        <ul class="register">
          <xsl:for-each select="$people[ed:mentions(@xml:id)]">
            <xsl:sort select="lower-case(ed:sort-name(.))"/>
            <li id="{@xml:id}">
              <a href="{ed:person-page(@xml:id)}"><xsl:value-of select="normalize-space(tei:persName[@type='preferred'])"/></a>
              <xsl:call-template name="ed:life"/>
              <xsl:variable name="count" select="count(ed:mentions(@xml:id))"/>
              <span class="count"> · <xsl:value-of select="$count, if ($count = 1) then 'mention' else 'mentions'"/></span>
              <xsl:for-each select="tei:note"><span class="description"> · <xsl:value-of select="normalize-space(.)"/></span></xsl:for-each>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="ed:sort-name" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="replace(substring-after($person/@xml:id, 'person.'), '-', ' ')"/>
  </xsl:function>

  <xsl:function name="ed:mentions" as="element()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$documents/tei:TEI/tei:text//tei:persName[@ref = '#' || $id]"/>
  </xsl:function>

  <xsl:template name="ed:life">
    <xsl:if test="tei:birth/@when or tei:death/@when">
      <span class="life"> (<xsl:value-of select="(tei:birth/@when, '?')[1]"/>–<xsl:value-of select="(tei:death/@when, '?')[1]"/>)</span>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ a person -->
  <xsl:template name="person">
    <xsl:variable name="person" select="($registers//tei:person[@xml:id = $person-id],
                                         $documents//tei:standOff//tei:person[@xml:id = $person-id])[1]"/>
    <xsl:variable name="name" select="normalize-space($person/tei:persName[@type='preferred'])"/>
    <xsl:call-template name="ed:page">
      <xsl:with-param name="title" select="$name"/>
      <xsl:with-param name="content">
        <article class="person-page">
          <h1><xsl:value-of select="$name"/></h1>
          <xsl:for-each select="$person">
            <p class="life-line"><xsl:call-template name="ed:life"/>
              <xsl:for-each select="tei:note"><xsl:text> </xsl:text><xsl:value-of select="normalize-space(.)"/></xsl:for-each></p>
            <xsl:if test="tei:persName[@type = 'variant']">
              <h2>Names in the documents</h2>
              <ul class="variants">
                <xsl:for-each select="tei:persName[@type = 'variant']">
                  <li><xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
                    <xsl:value-of select="normalize-space(.)"/></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
            <xsl:if test="tei:idno">
              <h2>Authority files</h2>
              <ul class="authorities">
                <xsl:for-each select="tei:idno">
                  <li><xsl:value-of select="@type"/>: <xsl:choose>
                    <xsl:when test="ed:safe-url(.)"><a href="{ed:safe-url(.)}"><xsl:value-of select="."/></a></xsl:when>
                    <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise></xsl:choose></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:for-each>
          <h2>Mentions</h2>
          <ol class="mentions">
            <xsl:for-each select="ed:mentions($person-id)">
              <xsl:variable name="block" select="ancestor::*[self::tei:p or self::tei:head or self::tei:item
                  or self::tei:note or self::tei:opener or self::tei:closer or self::tei:titlePart
                  or self::tei:byline or self::tei:docDate or self::tei:quote][1]"/>
              <xsl:variable name="anchor" select="string(ancestor::*[@xml:id][1]/@xml:id)"/>
              <xsl:variable name="stem" select="$manifest/document[@href = document-uri(root(current()))]/@stem"/>
              <li>
                <a href="../{$stem}.html{if ($anchor) then '#' || $anchor else ''}">
                  <xsl:value-of select="ed:plain(root(.)//tei:titleStmt/tei:title[1])"/>
                  <xsl:if test="$anchor"><xsl:text>, </xsl:text><xsl:value-of select="$anchor"/></xsl:if></a>:
                <span class="context">…<xsl:value-of select="ed:before(., $block)"/><mark><xsl:value-of
                  select="normalize-space(.)"/></mark><xsl:value-of select="ed:after(., $block)"/>…</span>
              </li>
            </xsl:for-each>
          </ol>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A few words of context either side of a mention, within its paragraph or note. -->
  <xsl:function name="ed:before" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:param name="place" as="element()?"/>
    <xsl:variable name="text" select="string-join($mention/preceding::text()[. >> $place][not(ancestor::tei:ref[@type='noteAnchor'])], '')"/>
    <xsl:variable name="words" select="tokenize(normalize-space($text))"/>
    <xsl:sequence select="string-join(subsequence($words, count($words) - 7), ' ')
                          || (if (matches($text, '\s$')) then ' ' else '')"/>
  </xsl:function>
  <xsl:function name="ed:after" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:param name="place" as="element()?"/>
    <xsl:variable name="text" select="string-join($mention/following::text()[ancestor::* intersect $place][not(ancestor::tei:ref[@type='noteAnchor'])], '')"/>
    <xsl:sequence select="(if (matches($text, '^\s')) then ' ' else '')
                          || string-join(subsequence(tokenize(normalize-space($text)), 1, 8), ' ')"/>
  </xsl:function>

  <!-- ============================================================ about -->
  <xsl:template name="about">
    <xsl:call-template name="ed:page">
      <xsl:with-param name="title" select="'About'"/>
      <xsl:with-param name="content">
        <h1>About this edition</h1>
        <h2>Editorial principles</h2>
        <xsl:for-each select="($documents/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:editorialDecl)[1]/*">
          <h3><xsl:value-of select="upper-case(substring(local-name(), 1, 1)) || substring(local-name(), 2)"/></h3>
          <xsl:for-each select="tei:p"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
        </xsl:for-each>
        <h2>Sources</h2>
        <ul class="sources">
          <xsl:for-each select="$documents">
            <li><a href="{$manifest/document[@href = document-uri(current())]/@stem}.html">
              <xsl:value-of select="ed:plain((tei:TEI/tei:teiHeader//tei:titleStmt/tei:title)[1])"/></a>:
              <xsl:value-of select="ed:plain((tei:TEI/tei:teiHeader//tei:sourceDesc/tei:bibl[@type='citation'],
                                              tei:TEI/tei:teiHeader//tei:sourceDesc/tei:bibl[@type='source'])[1])"/></li>
          </xsl:for-each>
        </ul>
        <h2>How to cite the edition</h2>
        <p class="citation"><i><xsl:value-of select="$edition-title"/></i><xsl:if test="$edition-version">, version
          <xsl:value-of select="$edition-version"/></xsl:if><xsl:if test="$build-date">, <xsl:value-of select="$build-date"/></xsl:if>,
          <span class="url"><xsl:value-of select="$base-url || 'index.html'"/></span>.</p>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ search -->
  <xsl:template name="search">
    <xsl:call-template name="ed:page">
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="head">
        <!-- A classic deferred script, not type="module": browsers refuse module scripts
             from file://, and search.js must run there to explain why search cannot. -->
        <script src="js/search.js" defer="defer"></script>
      </xsl:with-param>
      <xsl:with-param name="content">
        <h1>Search the edition</h1>
        <form class="search-form" role="search" action="search.html" method="get">
          <label for="search-input">Words to find in the documents</label>
          <div class="search-row">
            <input type="search" id="search-input" name="q" autocomplete="off" spellcheck="false"/>
            <button type="submit">Search</button>
          </div>
        </form>
        <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
        <ol id="search-results" class="search-results"></ol>
        <noscript><p>Search needs JavaScript and the site served by a web server. Every document is also listed
          on the <a href="index.html">index</a>.</p></noscript>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
