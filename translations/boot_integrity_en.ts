<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChooseVmPage</name>
    <message numerus="yes">
        <source>Loading virtual machines… %n found so far.</source>
        <translation>
            <numerusform>Loading virtual machines… %n found so far.</numerusform>
            <numerusform>Loading virtual machines… %n found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n virtual machine(s) shown.</source>
        <translation>
            <numerusform>{shown} of %n virtual machine shown.</numerusform>
            <numerusform>{shown} of %n virtual machines shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) found.</source>
        <translation>
            <numerusform>%n virtual machine found.</numerusform>
            <numerusform>%n virtual machines found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Operation {number} serves %n VM(s).</source>
        <translation>
            <numerusform>Operation {number} serves %n VM.</numerusform>
            <numerusform>Operation {number} serves %n VMs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message numerus="yes">
        <source>%n blocker(s) found. Select Next to see how to fix them.</source>
        <translation>
            <numerusform>%n blocker found. Select Next to see how to fix it.</numerusform>
            <numerusform>%n blockers found. Select Next to see how to fix them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixPage</name>
    <message numerus="yes">
        <source>Applying %n change(s) and checking the path again…</source>
        <translation>
            <numerusform>Applying %n change and checking the path again…</numerusform>
            <numerusform>Applying %n changes and checking the path again…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message numerus="yes">
        <source>NSG {nsg} on subnet {subnet} blocks %n VM(s)</source>
        <translation>
            <numerusform>NSG {nsg} on subnet {subnet} blocks %n VM</numerusform>
            <numerusform>NSG {nsg} on subnet {subnet} blocks %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NSG {nsg} on the network interface blocks %n VM(s)</source>
        <translation>
            <numerusform>NSG {nsg} on the network interface blocks %n VM</numerusform>
            <numerusform>NSG {nsg} on the network interface blocks %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Azure Firewall {firewall} (rule {rule}) blocks %n VM(s) from {subnet}</source>
        <translation>
            <numerusform>Azure Firewall {firewall} (rule {rule}) blocks %n VM from {subnet}</numerusform>
            <numerusform>Azure Firewall {firewall} (rule {rule}) blocks %n VMs from {subnet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Route {rule} in {table} drops the traffic of %n VM(s) in {subnet}</source>
        <translation>
            <numerusform>Route {rule} in {table} drops the traffic of %n VM in {subnet}</numerusform>
            <numerusform>Route {rule} in {table} drops the traffic of %n VMs in {subnet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Security admin rule {rule} of Virtual Network Manager {manager} blocks %n VM(s) in {subnet}</source>
        <translation>
            <numerusform>Security admin rule {rule} of Virtual Network Manager {manager} blocks %n VM in {subnet}</numerusform>
            <numerusform>Security admin rule {rule} of Virtual Network Manager {manager} blocks %n VMs in {subnet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subnet {subnet} has no way out to the internet for %n VM(s)</source>
        <translation>
            <numerusform>Subnet {subnet} has no way out to the internet for %n VM</numerusform>
            <numerusform>Subnet {subnet} has no way out to the internet for %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The path of %n VM(s) in {subnet} cannot be decided ({reason})</source>
        <translation>
            <numerusform>The path of %n VM in {subnet} cannot be decided ({reason})</numerusform>
            <numerusform>The path of %n VMs in {subnet} cannot be decided ({reason})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message numerus="yes">
        <source>%n machine(s) in {subscriptions} subscriptions.</source>
        <translation>
            <numerusform>%n machine in {subscriptions} subscriptions.</numerusform>
            <numerusform>%n machines in {subscriptions} subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more cause(s)</source>
        <translation>
            <numerusform>%n more cause</numerusform>
            <numerusform>%n more causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) with a path that cannot be decided</source>
        <translation>
            <numerusform>%n VM with a path that cannot be decided</numerusform>
            <numerusform>%n VMs with a path that cannot be decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network context(s) evaluated, each once:</source>
        <translation>
            <numerusform>%n network context evaluated:</numerusform>
            <numerusform>%n network contexts evaluated, each once:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanning… %n machine(s) so far</source>
        <translation>
            <numerusform>Scanning… %n machine so far</numerusform>
            <numerusform>Scanning… %n machines so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) selected.</source>
        <translation>
            <numerusform>%n VM selected.</numerusform>
            <numerusform>%n VMs selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned again: %n VM(s) still need attention.</source>
        <translation>
            <numerusform>Scanned again: %n VM still needs attention.</numerusform>
            <numerusform>Scanned again: %n VMs still need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message numerus="yes">
        <source>%n other item(s) need attention; see the list.</source>
        <translation>
            <numerusform>%n other item needs attention; see the list.</numerusform>
            <numerusform>%n other items need attention; see the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n command(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n command copied to the clipboard.</numerusform>
            <numerusform>%n commands copied to the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportSnapshotButton</name>
    <message numerus="yes">
        <source>Snapshot saved: {file} ({count} resources, %n item(s) left out).</source>
        <translation>
            <numerusform>Snapshot saved: {file} ({count} resources, %n item left out).</numerusform>
            <numerusform>Snapshot saved: {file} ({count} resources, %n items left out).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpgradePage</name>
    <message numerus="yes">
        <source>%n step(s) will run in the order shown.</source>
        <translation>
            <numerusform>%n step will run in the order shown.</numerusform>
            <numerusform>%n steps will run in the order shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
