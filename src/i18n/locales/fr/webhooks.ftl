# Webhooks : refus d’une adresse de réception, pages d’administration, note au propriétaire.
webhook-url-invalid = Veuillez saisir une adresse web complète, par exemple https://crm.example.org/hooks.
webhook-url-not-https = L’adresse doit commencer par https://.
webhook-url-credentials = L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.
webhook-url-unresolvable = Ce nom d’hôte est introuvable.
webhook-url-forbidden = Cette adresse mène à un réseau privé, local ou de lien local, que les webhooks ne peuvent pas atteindre.
webhook-events-invalid = Veuillez choisir au moins un des types d’événement proposés.
webhook-event-unknown = Aucun des événements que vous gérez ne porte cet identifiant.
webhook-disabled-subject = Un webhook a été désactivé
webhook-disabled-email = Convene n’a pas pu livrer à { $url } pendant une journée entière et a désactivé ce webhook.

    Dernière erreur : { $reason }

    Lorsque le récepteur fonctionnera de nouveau, vous pourrez réactiver le webhook et renvoyer les livraisons échouées ici :
    { $page }
