<?xml version="1.0" encoding="UTF-8"?>
<!-- How each behaviour of xslt/common/elements.xsl looks in the web edition (HTML5). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions" exclude-result-prefixes="#all">

  <!-- '' on pages at the top of the site, '../' on pages one folder down (persons/). -->
  <xsl:param name="root" as="xs:string" select="''"/>

  <xsl:template name="ed:attributes">
    <xsl:param name="class" as="xs:string?"/>
    <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
    <xsl:if test="normalize-space($class)"><xsl:attribute name="class" select="normalize-space($class)"/></xsl:if>
  </xsl:template>

  <xsl:template name="ed:permalink">
    <xsl:if test="@xml:id">
      <a class="permalink" href="#{@xml:id}" aria-label="Link to this place ({@xml:id})" data-pagefind-ignore="">¶</a>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ed:block">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="class" as="xs:string?"/>
    <xsl:param name="level" as="xs:integer" select="2"/>
    <xsl:param name="label" as="element()?"/>
    <xsl:choose>
      <xsl:when test="$kind = 'section'">
        <section>
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <xsl:if test="@type = 'notes'"><xsl:attribute name="role" select="'doc-endnotes'"/></xsl:if>
          <xsl:if test="@type = 'notes' and not(tei:head)"><h2 class="head">Notes</h2></xsl:if>
          <xsl:apply-templates mode="text"/>
        </section>
      </xsl:when>
      <xsl:when test="$kind = 'heading'">
        <xsl:element name="h{min((6, $level))}">
          <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
          <xsl:if test="../@xml:id"><xsl:attribute name="id" select="../@xml:id || '.head'"/></xsl:if>
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
          <xsl:call-template name="ed:permalink"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ed:inline">
    <xsl:param name="class" as="xs:string?"/>
    <xsl:param name="title" as="xs:string?"/>
    <xsl:param name="marks" as="xs:string*"/>
    <xsl:param name="who" as="xs:string?"/>
    <xsl:param name="content" as="node()*" select="node()"/>
    <span>
      <xsl:call-template name="ed:attributes"><xsl:with-param name="class" select="$class"/></xsl:call-template>
      <xsl:if test="$title"><xsl:attribute name="title" select="$title"/></xsl:if>
      <xsl:if test="$who"><xsl:attribute name="data-who" select="ed:id($who)"/></xsl:if>
      <xsl:if test="exists($marks)"><span class="mark"><xsl:value-of select="$marks[1]"/></span></xsl:if>
      <xsl:apply-templates select="$content" mode="text"/>
      <xsl:if test="exists($marks)"><span class="mark"><xsl:value-of select="$marks[2]"/></span></xsl:if>
    </span>
  </xsl:template>

  <xsl:template name="ed:break">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$kind = 'line'"><br/></xsl:when>
      <xsl:otherwise>
        <span class="pb" role="note" data-n="{@n}" data-pagefind-ignore="">
          <xsl:attribute name="aria-label"
              select="if (@n) then 'Page ' || @n || ' of the original begins' else 'A page of the original begins'"/>
          <xsl:value-of select="if (@n) then '[p. ' || @n || ']' else '[page]'"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ed:note-ref">
    <sup class="noteref-wrapper">
      <a class="noteref" role="doc-noteref" href="#{ed:id(@target)}" id="{@xml:id}"
         aria-label="Note {@n}" data-note="{ed:id(@target)}">
        <xsl:value-of select="(@n, .)[1]"/>
      </a>
    </sup>
  </xsl:template>

  <!-- A note written where it applies (not in a notes division): here only its marker; the note
       itself is written with the notes at the end of the text (mode attached-notes). -->
  <xsl:template name="ed:attached-note">
    <sup class="noteref-wrapper">
      <a class="noteref" role="doc-noteref" href="#{ed:note-id(.)}" id="{ed:note-id(.)}.ref"
         aria-label="Note {ed:note-number(.)}" data-note="{ed:note-id(.)}">
        <xsl:value-of select="ed:note-number(.)"/>
      </a>
    </sup>
  </xsl:template>

  <xsl:template match="tei:note" mode="attached-notes">
    <aside class="note" role="doc-footnote" id="{ed:note-id(.)}" aria-label="Note {ed:note-number(.)}">
      <span class="note-number"><xsl:value-of select="ed:note-number(.)"/></span>
      <div class="note-body"><p><xsl:apply-templates mode="text"/></p></div>
      <a class="backlink" role="doc-backlink" href="#{ed:note-id(.)}.ref"
         aria-label="Back to the text where note {ed:note-number(.)} is cited">↩</a>
    </aside>
  </xsl:template>

  <xsl:function name="ed:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@xml:id, 'note-' || generate-id($note))[1]"/>
  </xsl:function>
  <xsl:function name="ed:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string(($note/@n, count($note/preceding::tei:note[not(@type = 'editorial')]
                          [not(ancestor::tei:div[@type = 'notes'])]) + 1)[1])"/>
  </xsl:function>

  <xsl:template name="ed:note">
    <aside class="note" role="doc-footnote" id="{@xml:id}" aria-label="Note {@n}">
      <span class="note-number"><xsl:value-of select="@n"/></span>
      <div class="note-body">
        <xsl:choose>
          <xsl:when test="tei:p"><xsl:apply-templates mode="text"/></xsl:when>
          <xsl:otherwise><p><xsl:apply-templates mode="text"/></p></xsl:otherwise>
        </xsl:choose>
      </div>
      <xsl:variable name="n" select="@n"/>
      <xsl:for-each select="tokenize(@target)">
        <a class="backlink" role="doc-backlink" href="#{ed:id(.)}"
           aria-label="Back to the text where note {$n} is cited">↩</a>
      </xsl:for-each>
    </aside>
  </xsl:template>

  <xsl:template name="ed:quotation">
    <xsl:variable name="people" select="tei:bibl/tei:author/@ref, tei:bibl//tei:persName/@ref"/>
    <xsl:choose>
      <xsl:when test="@type = 'block'">
        <figure class="cit block">
          <blockquote>
            <xsl:if test="tei:quote/@source"><xsl:attribute name="cite" select="'#' || ed:id(tei:quote/@source)"/></xsl:if>
            <xsl:apply-templates select="tei:quote/node()" mode="text"/>
          </blockquote>
          <xsl:if test="tei:ref | tei:bibl">
            <figcaption class="source">
              <xsl:text>Source: </xsl:text>
              <xsl:for-each select="$people">
                <a class="person" href="{$root}{ed:person-page(ed:id(.))}" data-person="{ed:id(.)}">
                  <xsl:value-of select="ed:person-name(ed:id(.), root(.))"/>
                </a>
                <xsl:text> </xsl:text>
              </xsl:for-each>
              <xsl:for-each select="tei:bibl/tei:date/@when"><xsl:value-of select="."/><xsl:text> </xsl:text></xsl:for-each>
              <xsl:apply-templates select="tei:ref" mode="text"/>
              <xsl:for-each select="tei:bibl/@corresp">
                <a class="intro" href="#{ed:id(.)}">introduced in the text before it</a>
              </xsl:for-each>
            </figcaption>
          </xsl:if>
        </figure>
      </xsl:when>
      <xsl:otherwise>
        <span class="cit">
          <xsl:apply-templates mode="text"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ed:person">
    <xsl:variable name="id" select="ed:id(@ref)"/>
    <xsl:choose>
      <xsl:when test="starts-with(@ref, '#') and ed:known-person($id, root(.))">
        <a class="person" href="{$root}{ed:person-page($id)}" data-person="{$id}">
          <xsl:apply-templates mode="text"/>
        </a>
      </xsl:when>
      <xsl:when test="matches(@ref, '^https?://') and ed:safe-url(@ref)">
        <a class="person external" href="{ed:safe-url(@ref)}"><xsl:apply-templates mode="text"/></a>
      </xsl:when>
      <xsl:otherwise><span class="persName"><xsl:apply-templates mode="text"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A person has a page when a register of the edition or the document's standOff has it. -->
  <xsl:function name="ed:known-person" as="xs:boolean">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:sequence select="exists(key('person', $id, $context)) or
        exists(for $r in $registers return key('person', $id, $r))"/>
  </xsl:function>

  <xsl:template name="ed:link">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="$href"><a href="{$href}"><xsl:apply-templates mode="text"/></a></xsl:when>
      <xsl:otherwise><span class="link"><xsl:apply-templates mode="text"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The preferred name of a person: from the document's standOff copy or a register. -->
  <xsl:function name="ed:person-name" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="person" select="(key('person', $id, $context), for $r in $registers return key('person', $id, $r))[1]"/>
    <xsl:sequence select="if ($person) then normalize-space($person/tei:persName[@type = 'preferred'][1]) else $id"/>
  </xsl:function>
  <xsl:key name="person" match="tei:person" use="@xml:id"/>
</xsl:stylesheet>
