<?xml version="1.0" encoding="UTF-8"?>
<!-- One template per TEI element the edition uses. Each says WHAT an element is by calling one
     of a few behaviours (block, inline, break, note-ref, note, link, quotation, person); each
     output (html/, print/) says HOW a behaviour looks. A new output is a new set of behaviours,
     not a copy of these templates. Elements without a template here are rendered as inline. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions" exclude-result-prefixes="#all">

  <xsl:mode name="text" on-no-match="shallow-skip"/>

  <xsl:template match="text()" mode="text"><xsl:value-of select="."/></xsl:template>

  <!-- Structure -->
  <xsl:template match="tei:div" mode="text">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'section'"/>
      <xsl:with-param name="class" select="'div ' || (@type, 'section')[1]"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:head" mode="text">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'heading'"/>
      <xsl:with-param name="class" select="'head'"/>
      <xsl:with-param name="level" select="count(ancestor::tei:div) + 1"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:p | tei:ab" mode="text">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'paragraph'"/>
      <xsl:with-param name="class" select="'p'"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:list" mode="text">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'list'"/>
      <xsl:with-param name="class" select="'list ' || (@rend, 'plain')[1]"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:item" mode="text">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'item'"/>
      <xsl:with-param name="class" select="'item'"/>
      <xsl:with-param name="label" select="preceding-sibling::*[1][self::tei:label]"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:list/tei:label" mode="text"/>
  <xsl:template match="tei:closer | tei:opener[tei:dateline | tei:salute | tei:signed]" mode="text" priority="2">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'group'"/>
      <xsl:with-param name="class" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:opener | tei:byline | tei:docDate | tei:signed | tei:titlePart | tei:dateline
                       | tei:salute | tei:address" mode="text">
    <xsl:call-template name="ed:block">
      <xsl:with-param name="kind" select="'paragraph'"/>
      <xsl:with-param name="class" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:docTitle" mode="text">
    <xsl:apply-templates mode="text"/>
  </xsl:template>
  <xsl:template match="tei:lb" mode="text">
    <xsl:call-template name="ed:break"><xsl:with-param name="kind" select="'line'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:pb" mode="text">
    <xsl:call-template name="ed:break"><xsl:with-param name="kind" select="'page'"/></xsl:call-template>
  </xsl:template>

  <!-- Notes -->
  <xsl:template match="tei:ref[@type = 'noteAnchor']" mode="text">
    <xsl:call-template name="ed:note-ref"/>
  </xsl:template>
  <xsl:template match="tei:div[@type = 'notes']/tei:note" mode="text" priority="2">
    <xsl:call-template name="ed:note"/>
  </xsl:template>
  <!-- A note written at the point it applies to (common in TEI made elsewhere). -->
  <xsl:template match="tei:note[not(@type = 'editorial')]" mode="text">
    <xsl:call-template name="ed:attached-note"/>
  </xsl:template>
  <!-- An editorial choice: the reading the editor chose, the other one kept as its title. -->
  <xsl:template match="tei:choice" mode="text">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="class" select="'choice'"/>
      <xsl:with-param name="title" select="normalize-space(string-join((tei:sic, tei:orig, tei:abbr), ' '))"/>
      <xsl:with-param name="content" select="(tei:corr, tei:reg, tei:expan, *[1])[1]"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:table" mode="text">
    <xsl:call-template name="ed:block"><xsl:with-param name="kind" select="'table'"/>
      <xsl:with-param name="class" select="'table'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:row" mode="text">
    <xsl:call-template name="ed:block"><xsl:with-param name="kind" select="'row'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:cell" mode="text">
    <xsl:call-template name="ed:block"><xsl:with-param name="kind" select="'cell'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:note[@type = 'editorial']" mode="text">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="class" select="'editorial-note ' || (@subtype, '')[1]"/>
      <xsl:with-param name="title" select="'Explanation added by the translator or editor'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Quotations -->
  <xsl:template match="tei:cit" mode="text">
    <xsl:call-template name="ed:quotation"/>
  </xsl:template>
  <xsl:template match="tei:q | tei:quote | tei:soCalled" mode="text">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="class" select="local-name() || ' ' || (@rend, '')[1]"/>
      <xsl:with-param name="marks" select="ed:marks(@rend)"/>
      <xsl:with-param name="who" select="@who"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:cit/tei:bibl[not(node())]" mode="text"/>

  <!-- Names, titles, interventions, emphasis -->
  <xsl:template match="tei:persName[@ref]" mode="text">
    <xsl:call-template name="ed:person"/>
  </xsl:template>
  <xsl:template match="tei:roleName" mode="text">
    <xsl:call-template name="ed:inline"><xsl:with-param name="class" select="'role-name'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:title" mode="text">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="class" select="'title level-' || (@level, 'm')[1]"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:hi" mode="text">
    <xsl:call-template name="ed:inline"><xsl:with-param name="class" select="'hi ' || (@rend, '')[1]"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:foreign" mode="text">
    <xsl:call-template name="ed:inline"><xsl:with-param name="class" select="'foreign'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="text">
    <xsl:call-template name="ed:inline">
      <xsl:with-param name="class" select="'supplied'"/>
      <xsl:with-param name="title" select="'Supplied by the translator or editor (' || (@reason, '')[1] || ')'"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:ref[@target][not(@type = 'noteAnchor')] | tei:ptr[@target]" mode="text">
    <xsl:call-template name="ed:link">
      <xsl:with-param name="href" select="ed:safe-url(@target)"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:bibl | tei:author | tei:editor | tei:pubPlace | tei:publisher | tei:date
                       | tei:biblScope | tei:name | tei:persName | tei:label" mode="text">
    <xsl:call-template name="ed:inline"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
