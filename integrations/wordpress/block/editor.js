/**
 * The "Online safety help" block in the editor. Plain JavaScript on WordPress's own editor packages (no build
 * step). The post stores only a block comment with the component and its settings; the server renders the
 * kit's placeholder, and the kit (loaded in the editor by the plugin) draws it here as readers will see it.
 */
(function (wp, data) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;
  var Notice = wp.components.Notice;
  var ServerSideRender = wp.serverSideRender;

  function find(name) {
    return data.components.filter(function (c) { return c.name === name; })[0] || data.components[0];
  }

  function edit(props) {
    var attributes = props.attributes;
    var component = find(attributes.component);
    var settings = attributes.settings || {};

    var controls = [
      el(SelectControl, {
        key: 'component',
        label: __('Which part of the kit', 'online-safety-kit'),
        value: component.name,
        options: data.components.map(function (c) { return { value: c.name, label: c.label }; }),
        // Settings that the new part does not take are dropped, so the stored comment holds only what is used.
        onChange: function (name) { props.setAttributes({ component: name, settings: {} }); },
      }),
    ].concat(
      component.settings.map(function (setting) {
        return el(SelectControl, {
          key: setting.name,
          label: setting.label,
          value: settings[setting.name] || setting.choices[0].value,
          options: setting.choices,
          onChange: function (value) {
            var next = Object.assign({}, settings);
            next[setting.name] = value;
            props.setAttributes({ settings: next });
          },
        });
      }),
    );

    return el(
      'div',
      useBlockProps(),
      el(InspectorControls, null, el(PanelBody, { title: __('Online safety help', 'online-safety-kit') }, controls)),
      data.hasKit
        ? null
        : el(
            Notice,
            { status: 'warning', isDismissible: false },
            __('Add your council\'s kit address in Settings → Online safety kit. Until then, readers see the plain links below.', 'online-safety-kit'),
          ),
      el(ServerSideRender, { block: 'online-safety-kit/help', attributes: { component: component.name, settings: settings } }),
    );
  }

  wp.blocks.registerBlockType('online-safety-kit/help', {
    edit: edit,
    // A dynamic block: the post keeps only the comment, and the server renders it for every reader.
    save: function () { return null; },
  });
})(window.wp, window.onlineSafetyKit);
