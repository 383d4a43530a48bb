<?php
/**
 * The words a webmaster sees for each component, setting and choice, all translatable. Names not listed here are
 * shown as they are, so a component added to components.json is usable before it has words of its own.
 *
 * @package OnlineSafetyKit
 */

declare(strict_types=1);

if (!defined('ABSPATH')) {
	exit;
}

function online_safety_kit_component_label(string $name): string {
	$labels = [
		'help-links'       => __('Where to get help', 'online-safety-kit'),
		'response-card'    => __('What to do if something happens (for adults)', 'online-safety-kit'),
		'child-plan'       => __('What to do if this happens to me (for children)', 'online-safety-kit'),
		'alerts'           => __('Current alerts', 'online-safety-kit'),
		'guides'           => __('Parental controls guides', 'online-safety-kit'),
		'family-agreement' => __('Family agreement', 'online-safety-kit'),
		'exit'             => __('Quick exit button', 'online-safety-kit'),
	];
	return $labels[$name] ?? $name;
}

function online_safety_kit_setting_label(string $setting): string {
	$labels = [
		'audience'      => __('Who it speaks to', 'online-safety-kit'),
		'variant'       => __('Length', 'online-safety-kit'),
		'version'       => __('Age group', 'online-safety-kit'),
		'device'        => __('Device', 'online-safety-kit'),
		'heading-level' => __('Heading level', 'online-safety-kit'),
	];
	return $labels[$setting] ?? $setting;
}

function online_safety_kit_choice_label(string $choice): string {
	$labels = [
		'parents'  => __('Parents and carers', 'online-safety-kit'),
		'children' => __('Children', 'online-safety-kit'),
		'staff'    => __('Staff', 'online-safety-kit'),
		'full'     => __('Full card', 'online-safety-kit'),
		'short'    => __('Key points first', 'online-safety-kit'),
		'older'    => __('Secondary school', 'online-safety-kit'),
		'younger'  => __('Primary school', 'online-safety-kit'),
		'phone'    => __('Phone', 'online-safety-kit'),
		'tablet'   => __('Tablet', 'online-safety-kit'),
		'console'  => __('Games console', 'online-safety-kit'),
	];
	if (is_numeric($choice)) {
		/* translators: %s: a heading level, 1 to 5 */
		return sprintf(__('Level %s', 'online-safety-kit'), $choice);
	}
	return $labels[$choice] ?? $choice;
}
