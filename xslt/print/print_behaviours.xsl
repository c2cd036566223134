<?xml version="1.0" encoding="UTF-8"?>
<!-- How each behaviour of xslt/common/elements.xsl looks on paper: print HTML for WeasyPrint
     (xslt/print/print.css says how it is laid out). Every id is prefixed with the document's
     stem (tunnel parameter `prefix`), so that the documents of the book never share an id;
     every mention of a person gets an id, for the page numbers of the index of persons. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions" exclude-result-prefixes="#all">

  <xsl:key name="ed:by-id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="ed:anchors-of" match="tei:ref[@type = 'noteAnchor']" use="ed:id(@target)"/>
  <xsl:key name="ed:person" match="tei:person" use="@xml:id"/>

  <xsl:template name="ed:attributes">
    <xsl:param name="class" as="xs:string?"/>
    <xsl:param name="prefix" as="xs:string" tunnel="yes" select="''"/>
    <xsl:if test="@xml:id"><xsl:attribute name="id" select="ed:print-id($prefix, @xml:id)"/></xsl:if>
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
    <xsl:if test="normalize-space($class)"><xsl:attribute name="class" select="normalize-space($class)"/></xsl:if>
  </xsl:template>

  <!-- An id of the print HTML: the document's stem, a dot, the TEI id. -->
  <xsl:function name="ed:print-id" as="xs:string">
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if ($prefix) then $prefix || '.' || $id else $id"/>
  </xsl:function>

  <xsl:template name="ed:block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="class" as="xs:string?"/>
    <xsl:param name="level" as="xs:integer" select="2"/>
    <xsl:param name="label" as="element()?"/>
    <!-- Inside a footnote (a span in the text) blocks are spans shown as blocks. -->
    <xsl:param name="in-note" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:param name="prefix" as="xs:string" tunnel="yes" select="''"/>
    <xsl:choose>
      <xsl:when test="$in-note">
        <span>
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class || ' block'"/></xsl:call-template>
          <xsl:apply-templates mode="text"/>
        </span>
      </xsl:when>
      <xsl:when test="$kind = 'section' and @type = 'notes'">
        <xsl:call-template name="ed:notes-section"/>
      </xsl:when>
      <xsl:when test="$kind = 'section'">
        <section>
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <xsl:apply-templates mode="text"/>
        </section>
      </xsl:when>
      <xsl:when test="$kind = 'heading'">
        <xsl:element name="h{min((6, $level + 1))}">
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <xsl:if test="../@xml:id"><xsl:attribute name="id" select="ed:print-id($prefix, ../@xml:id || '.head')"/></xsl:if>
          <xsl:apply-templates mode="text"/>
        </xsl:element>
      </xsl:when>
      <xsl:when test="$kind = 'group'">
        <div>
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <xsl:apply-templates mode="text"/>
        </div>
      </xsl:when>
      <xsl:when test="$kind = 'table'">
        <table><xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <tbody><xsl:apply-templates mode="text"/></tbody></table>
      </xsl:when>
      <xsl:when test="$kind = 'row'"><tr><xsl:apply-templates mode="text"/></tr></xsl:when>
      <xsl:when test="$kind = 'cell'"><td><xsl:apply-templates mode="text"/></td></xsl:when>
      <xsl:when test="$kind = 'list'">
        <ol>
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <xsl:apply-templates mode="text"/>
        </ol>
      </xsl:when>
      <xsl:when test="$kind = 'item'">
        <li>
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <xsl:if test="$label"><span class="label"><xsl:value-of select="$label"/></span><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates mode="text"/>
        </li>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <xsl:apply-templates mode="text"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The notes list of a source. With notes at the foot of the page it holds only the notes no
       marker points to (none in a valid document); with endnotes, all of them. -->
  <xsl:template name="ed:notes-section">
    <xsl:variable name="shown" select="if ($notes = 'end') then tei:note
                                       else tei:note[not(key('ed:anchors-of', @xml:id))]"/>
    <xsl:if test="$shown">
      <section class="endnotes" role="doc-endnotes">
        <xsl:call-template name="ed:attributes"/>
        <h2 class="head"><xsl:value-of select="(ed:plain(tei:head), 'Notes')[normalize-space()][1]"/></h2>
        <xsl:apply-templates select="$shown" mode="text"/>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:inline">
    <xsl:param name="class" as="xs:string?"/>
    <xsl:param name="title" as="xs:string?"/>
    <xsl:param name="marks" as="xs:string*"/>
    <xsl:param name="who" as="xs:string?"/>
    <xsl:param name="content" as="node()*" select="node()"/>
    <span>
      <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:if test="exists($marks)"><xsl:value-of select="$marks[1]"/></xsl:if>
      <xsl:apply-templates select="$content" mode="text"/>
      <xsl:if test="exists($marks)"><xsl:value-of select="$marks[2]"/></xsl:if>
    </span>
  </xsl:template>

  <!-- A page break of the original: a thin bar where it falls and [p. N] in the outer margin. -->
  <xsl:template name="ed:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$kind = 'line'"><br/></xsl:when>
      <xsl:otherwise>
        <span class="pb" role="note">
          <xsl:attribute name="aria-label"
              select="if (@n) then 'Page ' || @n || ' of the original begins' else 'A page of the original begins'"/>
          <span class="pb-bar" aria-hidden="true">|</span><span class="pb-label"><xsl:value-of
            select="if (@n) then '[p. ' || @n || ']' else '[page]'"/></span></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note marker. Notes at the foot: the note itself stands here (float: footnote), its
       call and marker carry the printed number; a second marker of the same note refers to it.
       Endnotes: a superscript number linked to the note. -->
  <xsl:template name="ed:note-ref">
    <xsl:param name="prefix" as="xs:string" tunnel="yes" select="''"/>
    <xsl:variable name="note" select="key('ed:by-id', ed:id(@target))[self::tei:note][1]"/>
    <xsl:variable name="n" select="string((@n, $note/@n, .)[1])"/>
    <xsl:choose>
      <xsl:when test="$notes = 'foot' and $note and key('ed:anchors-of', $note/@xml:id)[1] is .">
        <span class="noteref-anchor" id="{ed:print-id($prefix, @xml:id)}"></span>
        <span class="footnote" role="doc-footnote" id="{ed:print-id($prefix, $note/@xml:id)}"
              data-n="{$n}">
          <xsl:apply-templates select="ed:trimmed($note)" mode="text">
            <xsl:with-param name="in-note" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <a class="noteref" role="doc-noteref" href="#{ed:print-id($prefix, ed:id(@target))}"
           id="{ed:print-id($prefix, @xml:id)}"><xsl:value-of select="$n"/></a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note written where it applies (TEI made elsewhere): a footnote right there. -->
  <xsl:template name="ed:attached-note">
    <span class="footnote" role="doc-footnote"
          data-n="{(@n, count(preceding::tei:note[not(@type = 'editorial')]) + 1)[1]}">
      <xsl:apply-templates select="ed:trimmed(.)" mode="text">
        <xsl:with-param name="in-note" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <!-- The content of a note without the white space that indents it in the TEI file. -->
  <xsl:function name="ed:trimmed" as="node()*">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="nodes" select="$note/node()"/>
    <xsl:sequence select="$nodes[not(self::text()[not(normalize-space())]
                                     and (. is $nodes[1] or . is $nodes[last()]))]"/>
  </xsl:function>

  <!-- An endnote (or a note without a marker). -->
  <xsl:template name="ed:note">
    <div class="endnote" role="doc-endnote">
      <xsl:call-template name="ed:attributes"/>
      <span class="note-number"><xsl:value-of select="@n"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="ed:trimmed(.)" mode="text">
        <xsl:with-param name="in-note" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <!-- A block quotation: set off, its note markers after it, then its source. -->
  <xsl:template name="ed:quotation">
    <xsl:param name="in-note" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="people" select="tei:bibl/tei:author/@ref, tei:bibl//tei:persName/@ref"/>
    <xsl:choose>
      <xsl:when test="@type = 'block'">
        <xsl:element name="{if ($in-note) then 'span' else 'blockquote'}">
          <xsl:attribute name="class" select="'cit block'"/>
          <xsl:apply-templates select="tei:quote/node(), tei:ref" mode="text"/>
        </xsl:element>
        <xsl:if test="exists($people) or tei:bibl/tei:date/@when">
          <xsl:element name="{if ($in-note) then 'span' else 'p'}">
            <xsl:attribute name="class" select="'cit-source'"/>
            <xsl:text>(</xsl:text>
            <xsl:value-of select="string-join(($people ! ed:person-name(ed:id(.), root(.)),
                                  tei:bibl/tei:date/@when ! string()), ', ')"/>
            <xsl:text>)</xsl:text>
          </xsl:element>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <span class="cit"><xsl:apply-templates mode="text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A mention of a person: an id (for the index) when it is in the text of a document. -->
  <xsl:template name="ed:person">
    <xsl:param name="prefix" as="xs:string" tunnel="yes" select="''"/>
    <span class="person" data-person="{ed:id(@ref)}">
      <xsl:if test="ancestor::tei:text">
        <xsl:attribute name="id" select="ed:mention-id($prefix, .)"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>

  <xsl:function name="ed:mention-id" as="xs:string">
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="n"><xsl:number select="$mention" level="any" count="tei:text//tei:persName[@ref]"/></xsl:variable>
    <xsl:sequence select="ed:print-id($prefix, 'mention.' || $n)"/>
  </xsl:function>

  <!-- A link: on paper the words, and the address after them when it is a web address that the
       words do not already show. Nothing is ever fetched: an address is only text and a link. -->
  <xsl:template name="ed:link">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="$href and starts-with($href, 'http')">
        <a class="url" href="{$href}"><xsl:apply-templates mode="text"/></a>
        <xsl:if test="normalize-space(.) ne $href">
          <span class="url-shown"> &lt;<xsl:value-of select="$href"/>&gt;</span>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><span class="link"><xsl:apply-templates mode="text"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The preferred name of a person: from the document's standOff copy or a register. -->
  <xsl:function name="ed:person-name" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="person" select="(key('ed:person', $id, root($context)),
                                         for $r in $registers return key('ed:person', $id, $r))[1]"/>
    <xsl:sequence select="if ($person) then normalize-space($person/tei:persName[@type = 'preferred'][1]) else $id"/>
  </xsl:function>
</xsl:stylesheet>
