<?xml version="1.0" encoding="UTF-8"?>
<!-- The print HTML of one document (apply templates to its TEI) and of the book (the named
     template `book`, from the manifest): title pages, editorial statement, table of contents,
     the documents and the index of persons. Page numbers are left to the layout
     (target-counter in print.css); nothing here knows on which page anything falls. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions" exclude-result-prefixes="#all">

  <!-- The print stylesheet, relative to the print HTML's base URL (xslt/print/). -->
  <xsl:param name="print-css" as="xs:string" select="'print.css'"/>

  <!-- ============================================================ the frame -->
  <xsl:template name="ed:print-page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="authors" as="xs:string*"/>
    <xsl:param name="subject" as="xs:string?"/>
    <xsl:param name="lang" as="xs:string" select="'en'"/>
    <xsl:param name="class" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <html lang="{$lang}" class="{$class} notes-{$notes}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <xsl:for-each select="$authors"><meta name="author" content="{.}"/></xsl:for-each>
        <xsl:if test="$subject"><meta name="description" content="{$subject}"/></xsl:if>
        <meta name="keywords" content="TEI, scholarly edition, {$edition-title}"/>
        <meta name="generator" content="edition {$edition-version}"/>
        <xsl:if test="$build-date">
          <meta name="dcterms.created" content="{$build-date}"/>
          <meta name="dcterms.modified" content="{$build-date}"/>
        </xsl:if>
        <link rel="stylesheet" href="{$print-css}"/>
      </head>
      <body data-edition-title="{$edition-title}">
        <xsl:sequence select="$content"/>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ one document -->
  <xsl:template match="/tei:TEI">
    <xsl:call-template name="ed:print-page">
      <xsl:with-param name="title" select="ed:title(.)"/>
      <xsl:with-param name="authors" select="ed:authors(.)"/>
      <xsl:with-param name="subject" select="ed:subject(.)"/>
      <xsl:with-param name="lang" select="(tei:text/@xml:lang, 'en')[1]"/>
      <xsl:with-param name="class" select="'single'"/>
      <xsl:with-param name="content">
        <xsl:apply-templates select="." mode="document">
          <xsl:with-param name="prefix" select="$stem" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="ed:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="ed:plain(($tei/tei:teiHeader//tei:titleStmt/tei:title)[1])"/>
  </xsl:function>

  <xsl:function name="ed:authors" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <!-- The authors; a document without one (an archival record) is credited to its translator. -->
    <xsl:variable name="authors" select="$tei/tei:teiHeader//tei:titleStmt/tei:author/ed:plain(.)"/>
    <xsl:sequence select="if (exists($authors)) then $authors
                          else $tei/tei:teiHeader//tei:titleStmt/tei:respStmt[not(tei:name/@ref = '#edition')]/tei:persName/ed:plain(.)"/>
  </xsl:function>

  <!-- The subject of a document (PDF metadata): its summary, else what kind of source it is. -->
  <xsl:function name="ed:subject" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="summary" select="ed:plain($tei/tei:teiHeader//tei:abstract)"/>
    <xsl:sequence select="if ($summary) then $summary
                          else 'A document of ' || $edition-title || ': ' || ed:plain(($tei/tei:teiHeader//tei:sourceDesc/tei:bibl)[1])"/>
  </xsl:function>

  <!-- A title short enough for the running head. -->
  <xsl:function name="ed:short" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="cut" select="replace($title, '^(.{1,60})[\s,:;].*$', '$1')"/>
    <xsl:sequence select="if (string-length($title) le 70) then $title else $cut || '…'"/>
  </xsl:function>

  <!-- A document: its own title page, then its text. -->
  <xsl:template match="tei:TEI" mode="document">
    <xsl:param name="prefix" as="xs:string" tunnel="yes"/>
    <xsl:param name="kind-label" as="xs:string?"/>
    <xsl:variable name="header" select="tei:teiHeader"/>
    <xsl:variable name="title" select="ed:title(.)"/>
    <section class="document" id="{$prefix}" lang="{(tei:text/@xml:lang, 'en')[1]}">
      <div class="doc-title-page">
        <xsl:if test="$kind-label"><p class="doc-kind"><xsl:value-of select="$kind-label"/></p></xsl:if>
        <h1 class="doc-title" id="{$prefix}.title" data-running="{ed:short($title)}"><xsl:value-of select="$title"/></h1>
        <xsl:if test="$header//tei:titleStmt/tei:author">
          <p class="doc-authors">
            <xsl:for-each select="$header//tei:titleStmt/tei:author">
              <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
              <xsl:apply-templates mode="text"/>
            </xsl:for-each>
          </p>
        </xsl:if>
        <dl class="doc-source">
          <xsl:for-each select="$header//tei:titleStmt/tei:respStmt[tei:resp][not(tei:name/@ref = '#edition')]">
            <dt><xsl:value-of select="upper-case(substring(tei:resp, 1, 1)) || substring(tei:resp, 2)"/></dt>
            <dd><xsl:apply-templates select="tei:resp/following-sibling::*" mode="text"/></dd>
          </xsl:for-each>
          <xsl:choose>
            <xsl:when test="$header//tei:sourceDesc/tei:bibl[@type = 'citation']">
              <xsl:for-each select="$header//tei:sourceDesc/tei:bibl[@type = 'citation']">
                <dt>Source</dt><dd class="citation"><xsl:apply-templates mode="text"/></dd>
              </xsl:for-each>
            </xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="$header//tei:sourceDesc/tei:bibl[@type = 'source']">
                <dt>Source</dt>
                <dd class="citation"><xsl:call-template name="ed:citation"/></dd>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:for-each select="$header//tei:sourceDesc/tei:msDesc/tei:msIdentifier">
            <dt>Archive</dt>
            <dd class="archive"><xsl:value-of select="string-join((tei:settlement, tei:institution, tei:repository)/normalize-space(), ', ')"/>
              <xsl:for-each select="tei:idno">, <xsl:value-of select="normalize-space(@type || ' ' || .)"/></xsl:for-each></dd>
          </xsl:for-each>
          <xsl:for-each select="$header//tei:profileDesc/tei:abstract">
            <dt>Summary</dt><dd><xsl:apply-templates select="tei:p/node()" mode="text"/></dd>
          </xsl:for-each>
          <xsl:for-each select="$header//tei:publicationStmt/tei:availability/tei:licence">
            <dt>Licence</dt><dd><xsl:value-of select="normalize-space(.)"/></dd>
          </xsl:for-each>
          <dt>Edition</dt>
          <dd><xsl:value-of select="$edition-title"/>
            <xsl:if test="$edition-version">, version <xsl:value-of select="$edition-version"/></xsl:if>
            <xsl:if test="$build-date">, <xsl:value-of select="$build-date"/></xsl:if>.
            Notes <xsl:value-of select="if ($notes = 'foot') then 'at the foot of the page' else 'at the end of the text'"/>,
            numbered as in the source.</dd>
        </dl>
      </div>
      <div class="text">
        <xsl:apply-templates select="tei:text/tei:front, tei:text/tei:body, tei:text/tei:back" mode="text"/>
      </div>
    </section>
  </xsl:template>

  <!-- The full citation of a source from its structured bibl (when no citation is printed). -->
  <xsl:template name="ed:citation">
    <xsl:variable name="imprint" select="string-join((tei:pubPlace, tei:publisher, tei:date)/ed:plain(.), ', ')"/>
    <xsl:variable name="parts" select="(string-join(tei:author/ed:plain(.), ', '),
        tei:title/ed:plain(.),
        tei:editor/((@role, 'ed.')[1] || ': ' || ed:plain(.)),
        $imprint,
        tei:biblScope/ed:plain(.),
        tei:idno/normalize-space(@type || ' ' || .),
        tei:ref/ed:safe-url(@target),
        tei:note[@type = 'transcription']/ed:plain(.))[normalize-space()]"/>
    <xsl:value-of select="replace(string-join($parts, ', '), '([^.])$', '$1.')"/>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back" mode="text">
    <div class="{local-name()}"><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <!-- ============================================================ the book -->
  <xsl:template name="book">
    <xsl:call-template name="ed:print-page">
      <xsl:with-param name="title" select="$edition-title"/>
      <xsl:with-param name="authors" select="distinct-values($documents/tei:TEI/ed:authors(.))"/>
      <xsl:with-param name="subject" select="'A print edition of ' || count($documents) || ' documents: '
                                             || string-join($documents/tei:TEI/ed:title(.), '; ')"/>
      <xsl:with-param name="class" select="'book'"/>
      <xsl:with-param name="content">
        <section class="book-title-page" id="title-page">
          <h1 class="book-title"><xsl:value-of select="$edition-title"/></h1>
          <p class="book-subtitle">A scholarly edition of <xsl:value-of select="count($documents)"/> documents,
            with notes, the sources of quotations and an index of persons</p>
          <p class="book-imprint">
            <xsl:value-of select="($documents/tei:TEI/tei:teiHeader//tei:publicationStmt/tei:publisher)[1]"/><br/>
            <xsl:if test="$edition-version">Version <xsl:value-of select="$edition-version"/></xsl:if>
            <xsl:if test="$build-date"> · <xsl:value-of select="$build-date"/></xsl:if>
          </p>
        </section>
        <nav class="toc" id="contents">
          <h1 class="front-head">Contents</h1>
          <ol>
            <li class="toc-entry"><a class="toc-link" href="#editorial-statement">Editorial statement</a></li>
            <xsl:for-each select="$documents">
              <xsl:variable name="i" select="position()"/>
              <xsl:variable name="entry" select="$manifest/document[$i]"/>
              <li class="toc-entry toc-document">
                <a class="toc-link" href="#{$entry/@stem}.title"><xsl:value-of select="ed:title(tei:TEI)"/></a>
                <xsl:if test="ed:authors(tei:TEI)"><span class="toc-author"><xsl:value-of select="string-join(ed:authors(tei:TEI), ', ')"/></span></xsl:if>
              </li>
            </xsl:for-each>
            <li class="toc-entry"><a class="toc-link" href="#index-of-persons">Index of persons</a></li>
          </ol>
        </nav>
        <section class="editorial-statement" id="editorial-statement">
          <h1 class="front-head" data-running="Editorial statement">Editorial statement</h1>
          <xsl:call-template name="ed:print-principles"/>
          <xsl:for-each select="($documents/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:editorialDecl)[1]/*">
            <h2><xsl:value-of select="upper-case(substring(local-name(), 1, 1)) || substring(local-name(), 2)"/></h2>
            <xsl:for-each select="tei:p"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
          </xsl:for-each>
        </section>
        <xsl:for-each select="$documents">
          <xsl:variable name="i" select="position()"/>
          <xsl:apply-templates select="tei:TEI" mode="document">
            <xsl:with-param name="prefix" select="string($manifest/document[$i]/@stem)" tunnel="yes"/>
            <xsl:with-param name="kind-label" select="string($manifest/document[$i]/@kind-label)"/>
          </xsl:apply-templates>
        </xsl:for-each>
        <xsl:call-template name="ed:index-of-persons"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ed:print-principles">
    <h2>This print edition</h2>
    <p>Each document begins on a right-hand page with its own title page, which gives the full
      citation of the source and, for archival records, the archive and its references. The text
      follows the TEI encoding word for word. Notes are printed
      <xsl:value-of select="if ($notes = 'foot') then 'at the foot of the page on which their marker stands'
                            else 'as endnotes after each text, as the sources print them'"/>, with the
      numbers the sources give them. Words supplied by the translator or editor stand in
      [square brackets]; their explanations are in [<i>italic in brackets</i>]. A page of the
      original begins where a thin bar | stands in the text, marked [p. N] in the margin.
      Quotations keep the quotation marks of the source; block quotations are set off, with their
      source after them. The index of persons gives every page on which a person is mentioned,
      in the text and in the notes.</p>
  </xsl:template>

  <!-- ============================================================ the index of persons -->
  <xsl:template name="ed:index-of-persons">
    <xsl:variable name="mentions" select="$documents/tei:TEI/tei:text//tei:persName[@ref]"/>
    <xsl:variable name="ids" select="distinct-values($mentions/ed:id(@ref))"/>
    <xsl:variable name="people" select="for $id in $ids return
        (for $r in $registers return key('ed:person', $id, $r),
         for $d in $documents return key('ed:person', $id, $d))[1]"/>
    <xsl:variable name="entries" as="element()*">
      <xsl:for-each select="$people">
        <xsl:variable name="person" select="."/>
        <xsl:variable name="form" select="ed:index-form($person, normalize-space(tei:persName[@type = 'preferred'][1]))"/>
        <entry key="{$form[2]}" id="{@xml:id}">
          <p class="ix-entry" id="index.{@xml:id}">
            <span class="ix-name"><xsl:value-of select="$form[1]"/></span>
            <xsl:if test="tei:birth/@when or tei:death/@when">
              <span class="ix-life"> (<xsl:value-of select="(substring(tei:birth/@when, 1, 4), '?')[.][1]"/>–<xsl:value-of
                select="(substring(tei:death/@when, 1, 4), '')[1]"/>)</span>
            </xsl:if>
            <xsl:text> </xsl:text>
            <xsl:for-each select="$documents">
              <xsl:variable name="stem" select="string($manifest/document[position() = current()/position()]/@stem)"/>
              <xsl:variable name="i" select="position()"/>
              <xsl:for-each select="tei:TEI/tei:text//tei:persName[@ref = '#' || $person/@xml:id]">
                <a class="ix-page" href="#{ed:mention-id(string($manifest/document[$i]/@stem), .)}"></a>
              </xsl:for-each>
            </xsl:for-each>
          </p>
        </entry>
        <xsl:variable name="main-first" select="tokenize($form[2])[1]"/>
        <xsl:for-each select="distinct-values(tei:persName[@type = 'variant']/normalize-space())">
          <xsl:variable name="variant" select="ed:index-form($person, .)"/>
          <xsl:if test="tokenize($variant[2])[1] ne $main-first">
            <entry key="{$variant[2]}" see="{$form[1]}">
              <p class="ix-entry ix-see"><span class="ix-name"><xsl:value-of select="$variant[1]"/></span>,
                <i>see</i><xsl:text> </xsl:text><a class="ix-see-ref" href="#index.{$person/@xml:id}"><xsl:value-of select="$form[1]"/></a></p>
            </entry>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <section class="index" id="index-of-persons">
      <h1 class="front-head" data-running="Index of persons">Index of persons</h1>
      <p class="index-intro">Every person of the register mentioned in the documents, with the pages of
        every mention (in the text and in the notes). Other forms of a name refer to the form used here.</p>
      <div class="index-entries">
        <xsl:for-each-group select="$entries" group-by="upper-case(substring(@key, 1, 1))">
          <xsl:sort select="current-grouping-key()"/>
          <div class="ix-letter-group">
            <h2 class="ix-letter"><xsl:value-of select="current-grouping-key()"/></h2>
            <xsl:for-each-group select="current-group()" group-by="@key || '|' || @see">
              <xsl:sort select="@key"/>
              <xsl:sequence select="current-group()[1]/*"/>
            </xsl:for-each-group>
          </div>
        </xsl:for-each-group>
      </div>
    </section>
  </xsl:template>

  <!-- How a name of a person is listed in the index and where it sorts: (heading, sort key).
       A Western name ending in the surname of the register id is inverted ("Stalin, Joseph");
       a Chinese name written in the Western order is put in the Chinese order ("Lyu Jiaheng");
       any other name is listed as it is written ("Mao Zedong", "Chiang Kai-shek"). -->
  <xsl:function name="ed:index-form" as="xs:string+">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="id" select="substring-after($person/@xml:id, 'person.')"/>
    <xsl:variable name="id-words" select="tokenize($id, '-')"/>
    <xsl:variable name="words" select="tokenize($name)"/>
    <xsl:variable name="lower" select="for $w in $words return lower-case(replace($w, '[.,]', ''))"/>
    <xsl:variable name="heading" select="
      if (count($words) gt 1 and $lower[last()] = $id)
        then $words[last()] || ', ' || string-join($words[position() lt last()], ' ')
      else if (count($id-words) = 2 and count($words) = 2 and $lower[1] = $id-words[2] and $lower[2] = $id-words[1])
        then $words[2] || ' ' || $words[1]
      else $name"/>
    <xsl:sequence select="$heading, normalize-space(lower-case(replace($heading, '[^\p{L}\p{N}\s]', ' ')))"/>
  </xsl:function>
</xsl:stylesheet>
