# English — admin.ftl
# Strings of the capability in src/admin/ and templates/admin/.

err-setup-token = The setup code is wrong or has expired. Restart the server to get a new one.
setup-title = Create the first operator account
setup-intro = Enter the setup code from the server console and choose your login details.
setup-submit = Create account
label-setup-token = Setup code
hint-setup-token = You will find it in the console where you started the server. It is valid for one hour.
admin-title = Running this installation
admin-intro = As the operator, you create neighbourhoods and choose their first coordinator. You cannot see the private content of the neighbourhoods.
admin-create = Create a new neighbourhood
admin-create-submit = Create neighbourhood
label-slug = Address (/n/…)
label-timezone = Time zone
hint-timezone = Usually Europe/Berlin.
label-coordinator-email = Email address of the first coordinator (optional)
notice-nb-created = The neighbourhood has been created.

## Organisations' own domains
domains-title = Organisations' own domains
domains-intro = An organisation can show its website under its own name, for example food-bank-north.org. Enter the name here only once it points at this instance in the DNS and the organisation has shown that it owns it. The name shows the organisation's start page; everything else redirects to the instance's address.
domains-list = Names entered
domains-none = No own domains yet.
domains-organisation = Organisation
domains-actions = Actions
domains-remove = Remove
domains-add = Enter a name
domains-add-submit = Enter
label-host = Domain
hint-host = Just the name, such as food-bank-north.org or www.food-bank-north.org.
label-domain-organisation = Organisation (address or short name)
hint-domain-organisation = For example …/o/food-bank-north or food-bank-north.
err-host = Please give a domain name such as food-bank-north.org.
err-host-own = That is the name of this instance itself.
err-host-taken = An organisation is already shown under this name.
notice-domain-added = The name is entered. The organisation's website now shows under it.
notice-domain-removed = The name is removed.
